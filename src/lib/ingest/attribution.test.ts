import { describe, expect, it } from 'vitest';
import { attributeFigure, isAgencyName, isRelayerName, personNamed, speakersIn, type AttributionContext } from './attribution';

const names = (s: string) => speakersIn(s).map((x) => `${x.how}:${x.text}`);
const none: AttributionContext = { people: [] };
const attribute = (s: string, context: AttributionContext = none) => attributeFigure(s, 0, s.length, context);

describe('speakersIn', () => {
  it('reads who speaks, in both word orders and both languages', () => {
    expect(names('In Washington, the Pentagon said on Tuesday that it had seen evidence of at least 3,000 troops.')).toEqual(['subject:the Pentagon']);
    expect(names("La Corée du Nord a décidé d'envoyer environ 12 000 soldats, a affirmé vendredi le service national du renseignement sud-coréen (NIS).")).toEqual(['subject:le service national du renseignement sud-coréen (NIS)']);
    expect(names('Lawmaker Park Sun-woo, who sits on the committee, told reporters that 1,500 had left.')).toEqual(['subject:Lawmaker Park Sun-woo']);
    expect(names("Un responsable américain, s'exprimant sous couvert d'anonymat, a évoqué « au moins 1 000 morts »."))
      .toEqual(['subject:Un responsable américain']);
    expect(names('Selon Radio Svoboda citant l’agence KCNA, 5 000 militaires.')).toEqual(['according:Radio Svoboda', 'citing:l’agence KCNA']);
    expect(names('The initial contingent was put at 10,000 to 12,000 by South Korean and US officials at the time.')).toEqual(['agent:South Korean and US officials']);
  });
  it('knows a passive, a noun and a clause from a speaker', () => {
    expect(names('North Korean losses are estimated at around 4,000, the JCS said.')).toEqual(['subject:the JCS']);
    expect(names("South Korea's intelligence service, whose estimates are usually lower, put the toll at about 3,000.")).toEqual(["subject:South Korea's intelligence service"]);
    expect(names('They are the first part of a pledge announced in June by the secretary of the Council, when he said that…')).toEqual(['agent:the secretary of the Council', 'subject:he']);
    expect(names('My own estimate is that the force is closer to 11,000 to 12,000 now.')).toEqual(['subject:My']);
  });
});

describe('attributeFigure', () => {
  it('keeps the estimator and the lawmaker who relayed it apart', () => {
    expect(attribute('About 3,000 soldiers were in Russia, a South Korean lawmaker said after a closed-door briefing by the National Intelligence Service.'))
      .toEqual({ estimatedBy: 'the National Intelligence Service', relayedBy: 'a South Korean lawmaker' });
    expect(attribute("South Korea's spy agency told lawmakers on Monday that casualties had passed 3,000, according to lawmaker Kim Do-yeon, who attended the briefing."))
      .toEqual({ estimatedBy: "South Korea's spy agency", relayedBy: 'lawmaker Kim Do-yeon' });
    expect(attribute("La Corée du Nord pourrait envoyer 5 000 militaires, a affirmé mardi le député Park Sun-woo à l'issue d'une réunion à huis clos avec le service national du renseignement (NIS)."))
      .toEqual({ estimatedBy: 'le service national du renseignement (NIS)', relayedBy: 'le député Park Sun-woo' });
    expect(attribute('Selon Radio Svoboda citant l’agence KCNA, 5 000 militaires.')).toEqual({ estimatedBy: 'l’agence KCNA', relayedBy: 'Radio Svoboda' });
  });
  it('gives a surname its full name, a pronoun or “the agency” its antecedent, and a lawmaker alone the briefing he relays', () => {
    const context: AttributionContext = { people: [{ name: 'Park Sun-woo', titled: 'lawmaker Park Sun-woo', relayer: true }], lastAgency: 'the National Intelligence Service', lastBriefing: 'the National Intelligence Service' };
    expect(attribute('The agency expects the total to reach about 10,000 by December, Park said.', context)).toEqual({ estimatedBy: 'the National Intelligence Service', relayedBy: 'lawmaker Park Sun-woo' });
    expect(attribute('Park told reporters that 1,500 had left.', context)).toEqual({ estimatedBy: 'the National Intelligence Service', relayedBy: 'lawmaker Park Sun-woo' });
    expect(attribute('In mid-October it said Pyongyang had decided to send 12,000 troops.', context)).toEqual({ estimatedBy: 'the National Intelligence Service' });
  });
  it('makes the interviewee the speaker of “my estimate” and the relayer of what others said', () => {
    const context: AttributionContext = { people: [], interviewee: 'Miriam Oduya' };
    expect(attribute('My sense is that losses are somewhere between 4,000 and 5,000 by now.', context)).toEqual({ estimatedBy: 'Miriam Oduya' });
    expect(attribute('Kyiv said in late January that more than 4,000 had been killed or wounded.', context)).toEqual({ estimatedBy: 'Kyiv', relayedBy: 'Miriam Oduya' });
  });
  it('prefers the figure’s own “selon” to the sentence’s first speaker', () => {
    const s = 'Séoul et Washington s’en tiennent à leur estimation : Pyongyang aurait envoyé 10 000 soldats, soit les douze mille hommes promis selon les diplomates.';
    expect(attributeFigure(s, s.indexOf('soit'), s.length, none)).toEqual({ estimatedBy: 'les diplomates' });
    expect(attributeFigure(s, s.indexOf('Pyongyang'), s.indexOf(', soit'), none)).toEqual({ estimatedBy: 'Séoul et Washington' });
    expect(attribute('Ukraine still holds the two soldiers captured in January.')).toEqual({});
  });
});

describe('isAgencyName and isRelayerName', () => {
  it('tell agencies and lawmakers', () => {
    expect(isAgencyName('the National Intelligence Service')).toBe(true);
    expect(isAgencyName('HUR')).toBe(true);
    expect(isAgencyName('a South Korean lawmaker')).toBe(false);
    expect(isRelayerName('le député Kim Do-yeon')).toBe(true);
    expect(isRelayerName('the Pentagon')).toBe(false);
  });
});

describe('issue 25, second round: who speaks', () => {
  it('reads a speech tag standing at the head of its sentence, after a quotation', () => {
    expect(names('a déclaré la députée Ana Vidal aux journalistes après un briefing de l’agence de renseignement.'))
      .toEqual(['subject:la députée Ana Vidal', 'briefing:agence de renseignement']);
    expect(attribute('a déclaré la députée Ana Vidal aux journalistes après un briefing de l’agence de renseignement.'))
      .toEqual({ estimatedBy: 'agence de renseignement', relayedBy: 'la députée Ana Vidal' });
    expect(names('« Environ 400 soldats ont été blessés », a affirmé le législateur Tomas Berg.')).toEqual(['subject:le législateur Tomas Berg']);
    expect(isRelayerName('le législateur Tomas Berg')).toBe(true);
  });
  it('reads "si l’on en croit", "citing the statement of" and leaves "reports said" unattributed', () => {
    expect(names("Environ 900 soldats viendront, si l'on en croit les rapports de l'agence de défense.")).toEqual(['according:l\'agence de défense']);
    expect(names('The decision was announced, the Daily Lantern reports, citing the statement of the Chair of the Harbour Board, Mira Osei, after talks.'))
      .toEqual(['subject:the Daily Lantern', 'citing:Chair of the Harbour Board, Mira Osei']);
    expect(names('The country will send 600 engineers, reports said on Monday.')).toEqual([]);
  });
  it('names the person a title or an apposition names, not the body in the title', () => {
    expect(personNamed('Ruritanian Harbour Board Secretary Mira Osei')).toBe('Mira Osei');
    expect(personNamed('the Chair of the Harbour Board, Mira Osei')).toBe('Mira Osei');
    expect(personNamed("Ruritania's National Intelligence Service")).toBe("Ruritania's National Intelligence Service");
    expect(personNamed('Lawmaker Tomas Berg')).toBe('Lawmaker Tomas Berg');
  });
});

describe('issue 25, second round: more speakers', () => {
  it('reads an adverb inside a French speech verb, an "including" aside and a transcript bracket', () => {
    expect(names('La Ruritanie a précédemment affirmé que le port avait envoyé plus de 900 soldats.')).toEqual(['subject:La Ruritanie']);
    expect(names('In the meantime, Ruritanian sources, including the weekly Harbour Post, reported that 70 soldiers were killed.')).toEqual(['subject:Ruritanian sources']);
    expect(names('[Mira Osei/Harbour Board Chair: "There are some 800 soldiers in the valley"]')).toEqual(['subject:Mira Osei']);
  });
  it('makes the one who speaks after a briefing its relayer', () => {
    expect(attribute('Cela comprend environ 90 décès, a déclaré Berg, après un briefing du Service de défense ruritanien.'))
      .toEqual({ estimatedBy: 'Service de défense ruritanien', relayedBy: 'Berg' });
  });
});

describe('third round of issue 25 (fictional sentences)', () => {
  it('names no one for a vague source, and the owner of an estimate', () => {
    expect(names('« Selon de premières informations, 40 marins ont disparu », a déclaré le gouverneur.')).toEqual(['subject:le gouverneur']);
    expect(names('According to preliminary data, 40 sailors are missing, the governor said.')).toEqual(['subject:the governor']);
    expect(attribute("The toll is far above Freedonia's estimate of around 400 sailors missing.")).toEqual({ estimatedBy: 'Freedonia' });
  });
  it('reads a disclosure by an agency, an inverted tag after a time word, and a subject after "after"', () => {
    expect(names('This information was disclosed by the Coastal Guard Office (CGO) during a closed session.')).toEqual(['agent:the Coastal Guard Office (CGO)']);
    expect(names("Quelque 300 marins se trouvent déjà sur l'île, a déclaré mardi l'agence portuaire, qui attend d'autres navires.")).toEqual(["subject:l'agence portuaire"]);
    expect(names("Le ministre a annoncé mardi l'arrivée prochaine de 300 marins.")).toEqual(['subject:Le ministre']);
    expect(names('The offer came a day after Freedonia announced it had rescued two sailors.')).toEqual(['subject:Freedonia']);
  });
  it('gives a participle tag the main clause’s subject', () => {
    expect(names('On Monday, the Coastal Guard Office backed up the account, telling reporters it "confirmed" that two sailors were rescued.')).toEqual(['subject:the Coastal Guard Office']);
  });
  it('files "X said N …, according to Y" as estimated by Y and relayed by X', () => {
    const s = "Le gouverneur Jean Exemple a déclaré que 400 marins avaient atteint l'île, selon les services portuaires de la capitale.";
    expect(attributeFigure(s, s.indexOf('400'), s.indexOf(', selon'), none))
      .toEqual({ estimatedBy: 'les services portuaires de la capitale', relayedBy: 'Le gouverneur Jean Exemple' });
    const t = "L'Office des ports (ODP) a publié un rapport affirmant que la flotte avait décidé d'envoyer jusqu'à 400 marins, ainsi que des images montrant, selon lui, un premier départ.";
    expect(attributeFigure(t, t.indexOf('la flotte'), t.indexOf(', ainsi'), none).estimatedBy).not.toBe('lui');
  });
});
