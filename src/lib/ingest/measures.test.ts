import { describe, expect, it } from 'vitest';
import { clausePredicate, countsTroops, definedMeasure, refersBack, verbBefore, deployedCount, headOf, isPlanned, measureBefore, predicateAfterAside, predicateMeasure, thereFirst, unquoteWords } from './measures';

describe('headOf', () => {
  it('tells people, casualty nouns, counts without a noun, and other things apart', () => {
    expect(headOf(' North Korean soldiers were in Russia')).toEqual({ kind: 'people' });
    expect(headOf(' soldats nord-coréens')).toEqual({ kind: 'people' });
    expect(headOf(' military construction workers and')).toEqual({ kind: 'people' });
    expect(headOf(' ouvriers militaires')).toEqual({ kind: 'people' });
    expect(headOf(' of them had moved toward Kursk')).toEqual({ kind: 'elliptic' });
    expect(headOf(' deminers')).toEqual({ kind: 'people' });
    expect(headOf(' tués ou blessés')).toEqual({ kind: 'casualty', measure: 'killed-or-wounded' });
    expect(headOf(' killed or injured')).toEqual({ kind: 'casualty', measure: 'killed-or-wounded' });
    expect(headOf(' killed and wounded, of whom')).toEqual({ kind: 'casualty', measure: 'killed-or-wounded' });
    expect(headOf(' casualties in January')).toEqual({ kind: 'casualty', measure: 'casualties' });
    expect(headOf(' pertes nord-coréennes')).toEqual({ kind: 'casualty', measure: 'losses' });
    expect(headOf(' morts')).toEqual({ kind: 'casualty', measure: 'killed' });
    expect(headOf(' prisonniers de guerre')).toEqual({ kind: 'casualty', measure: 'captured' });
    expect(headOf(' had left the port')).toEqual({ kind: 'elliptic' });
    expect(headOf(' déployés depuis l’automne')).toEqual({ kind: 'elliptic' });
    expect(headOf(', including killed and wounded')).toEqual({ kind: 'elliptic' });
    expect(headOf(' containers of munitions')).toEqual({ kind: 'other' });
    expect(headOf(' artillery shells')).toEqual({ kind: 'other' });
    expect(headOf(' labourers')).toEqual({ kind: 'other' });
  });
});

describe('definedMeasure', () => {
  it('makes an undefined total casualties when its sentence counts the missing or captured with the dead and wounded', () => {
    expect(definedMeasure('losses', 'North Korean losses, killed, wounded or missing, had reached 4,000')).toBe('casualties');
    expect(definedMeasure('losses', 'des pertes (tués, blessés et disparus) estimées à 4 000')).toBe('casualties');
    expect(definedMeasure('losses', 'North Korean losses had reached 4,000')).toBe('losses');
    expect(definedMeasure('killed', 'killed, wounded or missing: 300 killed')).toBe('killed');
  });
});

describe('predicateMeasure and measureBefore', () => {
  it('read the measure from the predicate, never from a purpose clause further on', () => {
    expect(predicateMeasure(' North Korean soldiers had been killed or wounded since the start')).toBe('killed-or-wounded');
    expect(predicateMeasure(' soldats nord-coréens avaient été tués au combat')).toBe('killed');
    expect(predicateMeasure(' avaient été blessés')).toBe('wounded');
    expect(predicateMeasure(' soldiers captured by Ukrainian forces')).toBe('captured');
    expect(predicateMeasure(' soldiers prisoner in the Kursk region')).toBe('captured');
    expect(predicateMeasure(' fresh soldiers to make up for the losses, and is probably preparing')).toBeNull();
    expect(measureBefore('North Korean losses are estimated at around ')).toBe('losses');
    expect(measureBefore('North Korean casualties in Russia had passed ')).toBe('casualties');
    expect(measureBefore('the death toll rose to ')).toBe('killed');
    expect(measureBefore('Pyongyang had so far sent about ')).toBeNull();
  });
});

describe('isPlanned, deployedCount and countsTroops', () => {
  it('tell a plan from a deployment', () => {
    expect(isPlanned('La Corée du Nord a décidé d’envoyer ', ' soldats')).toBe(true);
    expect(isPlanned('Pyongyang could send up to ', ' in all')).toBe(true);
    expect(isPlanned('Le contingent comprendra ', ' démineurs')).toBe(true);
    expect(isPlanned('Pyongyang pledged in June to send about ', ' workers')).toBe(true);
    expect(isPlanned('soit à peu près les ', ' hommes promis selon les diplomates')).toBe(true);
    expect(isPlanned('North Korea has sent about ', ' additional troops')).toBe(false);
    expect(isPlanned('environ 15 000 soldats auraient déjà été déployés', '')).toBe(false);
  });
  it('guess whether troops are counted in total or present', () => {
    expect(deployedCount('Depuis octobre 2024, environ 15 000 soldats auraient déjà été déployés')).toBe('cumulative');
    expect(deployedCount('11,000 North Korean troops were now in Kursk region')).toBe('present');
  });
  it('give a count without a noun to troops only when its clause, or an estimate after a sentence about troops, says so', () => {
    expect(countsTroops('a second contingent of ', ' had left the port', '')).toBe(true);
    expect(countsTroops('Séoul et Washington les évaluaient entre ', '', 'le nombre total de soldats envoyés')).toBe(true);
    expect(countsTroops('The agency expects the total to reach about ', ' by December', 'a second contingent had left')).toBe(true);
    expect(countsTroops('which is thought to number more than ', '', 'roughly 15,000 troops have been sent')).toBe(false);
    expect(countsTroops('the army numbers ', '', 'troops were sent')).toBe(false);
    expect(countsTroops('it cost ', ' in all', '')).toBe(false);
  });
});

describe('clausePredicate, verbBefore, refersBack', () => {
  it('reads the clause’s finite casualty predicate however far it stands from the count', () => {
    expect(clausePredicate(' soldats nord-coréens déployés en Russie pour combattre l’Ukraine ont été tués ou blessés')).toBe('killed-or-wounded');
    expect(clausePredicate(' North Korean soldiers fighting on the side of Russia have been killed in Kursk Oblast')).toBe('killed');
    expect(clausePredicate(' soldats nord-coréens auraient péri dans ce conflit')).toBe('killed');
    expect(clausePredicate(' North Korean soldiers are believed to have been captured')).toBe('captured');
    expect(clausePredicate(' North Korean troops have been sent to Russia')).toBeNull();
  });
  it('reads a verb right before the count, and nothing further back', () => {
    expect(verbBefore('they had killed ')).toBe('killed');
    expect(verbBefore('forces have captured ')).toBe('captured');
    expect(verbBefore("l’annonce de la capture par l'Ukraine de ")).toBe('captured');
    expect(verbBefore('soldiers killed in Kursk, and Pyongyang sent ')).toBeNull();
  });
  it('knows a count that restates the figure before it', () => {
    expect(refersBack('Le gouvernement sud-coréen, de son côté, estime ce chiffre à environ ')).toBe(true);
    expect(refersBack('Seoul put the number of its own troops at ')).toBe(false);
  });
  it('reads a plan from a future predicate or an announced arrival', () => {
    expect(isPlanned('', ' soldats nord-coréens doivent être déployés', ' soldats nord-coréens doivent être déployés en Russie')).toBe(true);
    expect(isPlanned('Choïgou a annoncé l’arrivée prochaine de ', ' ouvriers militaires')).toBe(true);
    expect(isPlanned('', ' North Korean troops are expected to be assembled', ' North Korean troops are expected to be assembled by Monday')).toBe(true);
    expect(isPlanned('North Korea has sent ', ' troops', ' troops to Russia')).toBe(false);
  });
});

describe('issue 25, second round: nouns, asides and plans', () => {
  it('reads a noun past compound modifiers, "also" and a count named as a noun', () => {
    expect(headOf(' military construction and demining specialists to rebuild')).toEqual({ kind: 'people' });
    expect(headOf(' mine clearance specialists')).toEqual({ kind: 'people' });
    expect(headOf(' also soldiers in the valley')).toEqual({ kind: 'people' });
    expect(headOf(' blessures')).toEqual({ kind: 'casualty', measure: 'wounded' });
    expect(headOf(' injuries')).toEqual({ kind: 'casualty', measure: 'wounded' });
  });
  it('reads the predicate past an aside between commas', () => {
    expect(predicateAfterAside(' soldiers, including two officers and one driver, were injured.')).toBe('wounded');
    expect(predicateAfterAside(' personnes, réunies au sein d’une brigade, se chargeront des routes')).toBe('planned');
    expect(predicateAfterAside(' soldiers, who arrived in May, were killed in June')).toBe('killed');
    expect(predicateAfterAside(' soldiers were injured')).toBeNull();
    expect(predicateAfterAside(' soldiers, including two officers, arrived in May')).toBeNull();
  });
  it('takes an order to dispatch and the French future for plans', () => {
    expect(isPlanned('The leader has ordered the dispatch of ', ' engineers')).toBe(true);
    expect(isPlanned('', '', ' ouvriers participeront à la reconstruction')).toBe(true);
    expect(isPlanned('', '', ' soldats sur le front de l’Est')).toBe(false);
  });
});

describe('third round of issue 25 (fictional sentences)', () => {
  it('reads participles an outlet put in quotation marks', () => {
    expect(unquoteWords(' marins ont été "tués" ou "blessés" au large')).toBe(' marins ont été tués ou blessés au large');
    expect(unquoteWords(" l'envoi d'aujourd'hui")).toBe(" l'envoi d'aujourd'hui");
    expect(clausePredicate(' gardes-côtes ont été « tués » ou « blessés » près du port')).toBe('killed-or-wounded');
    expect(predicateMeasure(' sailors were "killed or wounded" at sea')).toBe('killed-or-wounded');
  });
  it('files "the number of … killed and wounded … has exceeded N" as killed-or-wounded', () => {
    expect(measureBefore('the number of sailors killed and wounded on the northern islands has already exceeded ')).toBe('killed-or-wounded');
    expect(measureBefore('The number of killed and injured marines serving with the fleet near the lake has surpassed ')).toBe('killed-or-wounded');
    expect(measureBefore('le nombre des marins tués ou blessés dans la baie a déjà dépassé ')).toBe('killed-or-wounded');
    expect(measureBefore('the number of wounded sailors has passed ')).toBe('wounded');
    expect(measureBefore('at least 40 deaths and the injured are approaching ')).toBe('wounded');
  });
  it('reads a plan whose verb follows an elided "de" ("avait décidé d’envoyer")', () => {
    expect(isPlanned("l'archipel avait décidé d'envoyer jusqu'à ", ' marins')).toBe(true);
    expect(isPlanned('la flotte prévoit d’envoyer ', ' marins')).toBe(true);
    expect(isPlanned("la flotte a envoyé d'abord ", ' marins')).toBe(false);
  });
  it('files people already there as deployed even when a later verb looks ahead', () => {
    expect(thereFirst(' marins de la garde se trouvent déjà sur l’île et devraient bientôt rejoindre la côte')).toBe(true);
    expect(thereFirst(' sailors are already on the island and will soon reach the coast')).toBe(true);
    expect(thereFirst(' marins devraient arriver sur l’île')).toBe(false);
  });
});

describe('third round of issue 25, counts (fictional sentences)', () => {
  it('takes a noun in parentheses as the count’s noun', () => {
    expect(headOf(' (soldats) sur l’île')).toEqual({ kind: 'people' });
    expect(headOf(' (Nord-Coréens) sur l’île')).toEqual({ kind: 'people' });
    expect(headOf(' nord-coréens soldats')).toEqual({ kind: 'people' });
  });
  it('reads "s’attend à l’envoi de" as a plan', () => {
    expect(isPlanned("l'agence portuaire, qui s'attend à l'envoi d'", ' de marins')).toBe(true);
  });
});
