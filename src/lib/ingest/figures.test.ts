import { describe, expect, it } from 'vitest';
import { checkProvenance, type Figure } from '../claims';
import { figuresOf, quoteLeftOpen, speakerKeys } from './figures';

const isEnglish = (s: string) => /\b(?:the|and|of|troops|soldiers|killed|were|had)\b/.test(s);
const figuresIn = (s: string, day?: string) =>
  figuresOf({ blocks: [{ kind: 'paragraph', text: s }], language: isEnglish(s) ? 'en' : 'fr', reference: day ? { day } : {} }).figures;
const fig = (s: string) => figuresIn(s).map(({ measure, low, high, qualifier }) => `${measure} ${low === high ? low : `${low}–${high}`} ${qualifier}`);

describe('figuresOf: measures never merged', () => {
  it('keeps killed, wounded, killed-or-wounded, casualties, losses and captured apart', () => {
    expect(fig('Le NIS estime qu’environ 2 000 d’entre eux ont été tués dans la région de Koursk.')).toEqual(['killed 2000 about']);
    expect(fig('avec près de 600 soldats nord-coréens tués et des milliers d’autres blessés')).toEqual(['killed 600 nearly']);
    expect(fig('some 3,000 soldiers were wounded')).toEqual(['wounded 3000 about']);
    expect(fig('about 3,800 North Korean soldiers had been killed or injured since the start')).toEqual(['killed-or-wounded 3800 about']);
    expect(fig('au moins 30 soldats nord-coréens tués ou blessés lors de combats')).toEqual(['killed-or-wounded 30 at least']);
    expect(fig('North Korea had lost as many as 6,000 killed and wounded since it entered the war.')).toEqual(['killed-or-wounded 6000 up to']);
    expect(fig('the agency put the toll at about 3,000 casualties in January')).toEqual(['casualties 3000 about']);
    expect(fig('North Korean losses are estimated at about 4,000, counting the killed, wounded and missing.')).toEqual(['casualties 4000 about']);
    expect(fig('Ukrainian forces took two North Korean soldiers prisoner on Saturday.')).toEqual(['captured 2 exact']);
    expect(fig('Au total, 12 soldats nord-coréens ont été faits prisonniers.')).toEqual(['captured 12 exact']);
  });
  it('files a total and its part as two figures of two measures', () => {
    expect(fig('The agency said North Korean casualties had passed 3,000, including about 300 dead.')).toEqual(['casualties 3000 more than', 'killed 300 about']);
    expect(fig('HUR said losses had reached about 4,000 killed and wounded, of whom at least 1,000 were killed.')).toEqual(['killed-or-wounded 4000 about', 'killed 1000 at least']);
    expect(fig('about 4,700 casualties, of which 600 killed')).toEqual(['casualties 4700 about', 'killed 600 exact']);
    expect(fig('Kiev évoque environ 4 700 pertes, dont environ 600 morts.')).toEqual(['losses 4700 about', 'killed 600 about']);
    expect(fig('près de 4 000 pertes nord-coréennes au total, dont au moins 1.000 morts')).toEqual(['losses 4000 nearly', 'killed 1000 at least']);
    expect(fig('Les pertes nord-coréennes s’élèveraient à près de 5 000 tués ou blessés.')).toEqual(['killed-or-wounded 5000 nearly']);
  });
  it('tells troops planned from troops sent, and a pledge’s parts from its total', () => {
    expect(fig('La Corée du Nord a décidé d’envoyer environ 12 000 soldats.')).toEqual(['planned 12000 about']);
    expect(fig('he said North Korea would send 6,000 military engineers and builders, including 1,000 deminers, to help.')).toEqual(['planned 6000 exact', 'planned 1000 exact']);
    expect(fig('Le contingent comprendra 1 000 démineurs et 5 000 ouvriers militaires.')).toEqual(['planned 1000 exact', 'planned 5000 exact']);
    expect(fig('North Korea has sent about 3,000 additional troops to Russia since January.')).toEqual(['deployed 3000 about']);
    expect(fig('a second contingent of 1,500 had left the port over the weekend.')).toEqual(['deployed 1500 exact']);
    expect(fig('Selon le NIS, près de 2 000 soldats ont été tués, sur environ 15 000 déployés depuis l’automne 2024.')).toEqual(['killed 2000 nearly', 'deployed 15000 about']);
    expect(figuresIn('Depuis octobre 2024, environ 15 000 soldats auraient déjà été déployés.')[0]).toMatchObject({ count: 'cumulative', reportedly: true });
  });
});

describe('figuresOf: ranges and bounds', () => {
  it('reads ranges plain and hedged', () => {
    expect(fig('entre 10 000 et 14 000 soldats nord-coréens auraient été envoyés')).toEqual(['deployed 10000–14000 exact']);
    expect(fig('estimated at between 10,000 and 12,000 soldiers by intelligence services')).toEqual(['deployed 10000–12000 exact']);
    expect(fig('Washington évaluait le contingent entre 10 et 12 000 hommes.')).toEqual(['deployed 10000–12000 exact']);
    expect(fig('The initial contingent was put at 10,000 to 12,000 by officials.')).toEqual(['deployed 10000–12000 exact']);
    expect(fig('Pyongyang aurait envoyé de 10 000 à 12 000 soldats à l’automne.')).toEqual(['deployed 10000–12000 exact']);
    expect(fig('My estimate is that the force is closer to 11,000 to 12,000 troops now.')).toEqual(['deployed 11000–12000 about']);
    expect(fig('losses are somewhere between 4,000 and 5,000 by now')).toEqual(['losses 4000–5000 about']);
  });
  it('reads bounds and approximations', () => {
    expect(fig('at least 3,000 North Korean troops in eastern Russia')).toEqual(['deployed 3000 at least']);
    expect(fig('more than 10,000 North Korean troops were in Russia')).toEqual(['deployed 10000 more than']);
    expect(fig('4,000+ North Korean soldiers were killed or wounded')).toEqual(['killed-or-wounded 4000 more than']);
    expect(fig('~300 North Korean soldiers were killed')).toEqual(['killed 300 about']);
    expect(fig('jusqu’à 14 000 soldats en Russie')).toEqual(['deployed 14000 up to']);
    expect(fig('quelque 15 000 soldats nord-coréens envoyés en Russie')).toEqual(['deployed 15000 about']);
    expect(fig('au moins dix mille soldats')).toEqual(['deployed 10000 at least']);
    expect(fig('some twelve thousand soldiers')).toEqual(['deployed 12000 about']);
  });
  it('counts nothing it cannot tie to troops or casualties', () => {
    expect(fig('le missile Hwasong-20 et 3 navires, le 9 mai')).toEqual([]);
    expect(fig('more than 13,000 containers of munitions since August 2023, along a front line more than 1,000 km long')).toEqual([]);
    expect(fig('the North Korean army, which is thought to number more than a million.')).toEqual([]);
    expect(fig('In December they were walking into minefields in columns of 20 or 30.')).toEqual([]);
    expect(fig('many of them aged between 19 and 23.')).toEqual([]);
  });
});

describe('figuresOf: quotes, attribution, dates', () => {
  it('quotes each figure with its own numbers only, as the provenance rule reads them', () => {
    const s = 'Au total, 500 soldats sont partis en janvier, et 1 200 soldats en mars.';
    expect(figuresIn(s).map((f) => f.quote)).toEqual(['500 soldats sont partis en janvier', '1 200 soldats en mars']);
    const t = 'Le 3 mars, l’état-major a indiqué qu’au moins 3 000 renforts étaient arrivés en Russie, dont 1 000 démineurs.';
    const found = figuresIn(t, '2025-04-30');
    const figures = found.map((f, i) => ({ ...f, id: `fig-${i}` })) as Figure[];
    expect(checkProvenance({ figures, transfers: [], reactions: [], events: [] }, [t])).toEqual([]);
    expect(found.map((f) => f.quote)).toEqual(['au moins 3 000 renforts étaient arrivés en Russie', 'dont 1 000 démineurs']);
  });
  it('gives each figure its estimator and relayer, and its as-of date', () => {
    const [f] = figuresIn('About 3,000 North Korean soldiers were in Russia as of Wednesday, a South Korean lawmaker said after a closed-door briefing by the National Intelligence Service.', '2024-10-23');
    expect(f).toMatchObject({ estimatedBy: 'the National Intelligence Service', relayedBy: 'a South Korean lawmaker', asOf: '2024-10-23' });
    const [g] = figuresIn('Le renseignement militaire ukrainien (HUR) avait fait état la semaine dernière d’au moins 30 soldats nord-coréens tués ou blessés.', '2024-12-20');
    expect(g).toMatchObject({ estimatedBy: 'Le renseignement militaire ukrainien (HUR)', asOf: '2024-12' });
    const [h] = figuresIn('Le 3 mars, l’état-major a indiqué qu’au moins 3 000 renforts étaient arrivés.');
    expect(h!.asOf).toBeUndefined();
  });
  it('carries a speaker’s statement date to the next sentence about its figures', () => {
    const text = 'HUR said on Tuesday that North Korean losses had reached about 4,000. According to HUR, Pyongyang has since sent up to 1,500 fresh soldiers.';
    expect(figuresIn(text, '2025-03-12').map((f) => f.asOf)).toEqual(['2025-03-11', '2025-03-11']);
  });
});

describe('speakerKeys', () => {
  it('knows a speaker by its acronym, initials and head word', () => {
    expect(speakerKeys("South Korea's Joint Chiefs of Staff")).toEqual(expect.arrayContaining(['JCS', 'staff']));
    expect(speakerKeys('le service national du renseignement (NIS)')).toEqual(expect.arrayContaining(['NIS']));
    expect(speakerKeys('The agency')).toContain('agency');
  });
});

describe('figuresOf: the measure from the clause (issue 25)', () => {
  it('files dead and wounded as such when the verb stands away from the count, and a captured count as captured', () => {
    expect(fig('plus de 1 000 soldats nord-coréens déployés en Russie pour combattre l’Ukraine ont été tués ou blessés.')).toEqual(['killed-or-wounded 1000 more than']);
    expect(fig('Ukraine’s special forces said they had killed three North Korean soldiers in Kursk.')).toEqual(['killed 3 exact']);
    expect(fig('Ukrainian forces have captured two wounded North Korean soldiers.')).toEqual(['captured 2 exact']);
    expect(fig('Quelque 300 soldats envoyés par Pyongyang ont été tués au combat.')).toEqual(['killed 300 about']);
    expect(fig('There have been at least 100 deaths and the injured number nearly 1,000, he said.')).toEqual(['killed 100 at least', 'wounded 1000 nearly']);
  });
  it('files plans and their parts as planned, and an announced arrival as a plan', () => {
    expect(fig('Choïgou a annoncé l’arrivée prochaine de 5 000 ouvriers militaires et de 1 000 sapeurs nord-coréens.')).toEqual(['planned 5000 exact', 'planned 1000 exact']);
    expect(fig('Kim decided to send one thousand sappers to Russia, as well as five thousand military builders to restore infrastructure.')).toEqual(['planned 1000 exact', 'planned 5000 exact']);
  });
  it('files an undefined total and its parts each under its own measure', () => {
    expect(fig('Les pertes parmi les forces nord-coréennes ont dépassé 3000, dont environ 300 décès et 2700 blessés.')).toEqual(['losses 3000 more than', 'killed 300 about', 'wounded 2700 exact']);
  });
});

describe('figuresOf: notes beside a figure', () => {
  it('names the total a part belongs to, and says where it is unsure of the measure', () => {
    const [total, part] = figuresIn('The agency said North Korean casualties had passed 3,000, including about 300 dead.');
    expect(total!.note).toBeUndefined();
    expect(part!.note).toBe('Part of the total of 3000 (casualties) given in the same sentence, filed under its own measure.');
    const [vague] = figuresIn('About 2,000 North Korean soldiers, the official said.');
    expect(vague!.measure).toBe('deployed');
    expect(vague!.note).toMatch(/^Unsure of the measure: no verb in the clause says these people were sent/);
    expect(figuresIn('North Korea has sent about 11,000 soldiers to Russia.')[0]!.note).toBeUndefined();
  });
});

describe('figuresOf: attribution from the sentences after a figure', () => {
  it('takes the estimator from "C’est ce qu’a déclaré…" and the relayer from "C’est le député X qui a communiqué ce chiffre"', () => {
    const [killed] = figuresIn('Environ 600 soldats nord-coréens ont été tués. C’est ce qu’a déclaré le Service national de renseignement sud-coréen (NIS) lors d’une réunion à huis clos. C’est le député Lee Seong Kweun qui a communiqué ce chiffre aux journalistes.');
    expect(killed).toMatchObject({ measure: 'killed', estimatedBy: 'le Service national de renseignement sud-coréen (NIS)', relayedBy: 'le député Lee Seong Kweun' });
  });
});

describe('figuresOf, issue 25 second round: a source named in another sentence', () => {
  const para = (...texts: string[]) => figuresOf({ blocks: texts.map((text) => ({ kind: 'paragraph' as const, text })), language: 'en', reference: {} }).figures;
  const who = (f: { estimatedBy?: string | undefined; relayedBy?: string | undefined }) => `${f.estimatedBy ?? '-'} / ${f.relayedBy ?? '-'}`;
  it('gives a quotation the speaker of its tag when the tag stands as its own sentence', () => {
    const f = para('"The Harbour Board has decided to send 400 engineers to the valley, as well as 900 military builders," Osei said.');
    expect(f.map((x) => `${x.measure} ${x.low}`)).toEqual(['planned 400', 'planned 900']);
    expect(f.map(who)).toEqual(['Osei / -', 'Osei / -']);
  });
  it('gives a sentence the source the next one names ("This decision was made by …, citing …")', () => {
    const f = para('Ruritania will send 700 sappers to the valley. This decision was made by the council, the Daily Lantern reports, citing the statement of the Chair of the Harbour Board, Mira Osei, after talks.');
    expect(f.map((x) => x.estimatedBy)).toEqual(['Mira Osei']);
  });
  it('gives "This number …" the source of the figure before it', () => {
    const f = para('The Ruritanian Defence Agency said Ruritania is expected to send a total of 8,000 troops by spring. This number includes approximately 2,000 already dispatched.');
    expect(f.map((x) => `${x.measure} ${x.low} ${x.estimatedBy ?? '-'}`)).toEqual(['planned 8000 The Ruritanian Defence Agency', 'deployed 2000 The Ruritanian Defence Agency']);
  });
  it('names the person a title stands for once the article gave the title in apposition', () => {
    const f = figuresOf({
      blocks: [
        { kind: 'paragraph', text: 'Le président du conseil portuaire, Mira Osei, a annoncé l’arrivée prochaine de 300 ouvriers militaires.' },
        { kind: 'paragraph', text: '« Deux cents personnes, réunies au sein d’une brigade, se chargeront des routes », en plus de « 50 sapeurs », a déclaré le président du conseil portuaire.' },
      ],
      language: 'fr', reference: {},
    }).figures;
    expect(f.map((x) => `${x.measure} ${x.low} ${x.estimatedBy ?? '-'}`)).toEqual(['planned 300 Mira Osei', 'planned 200 Mira Osei', 'planned 50 Mira Osei']);
  });
});

describe('quoteLeftOpen', () => {
  it('leaves a quotation open only when its marks do not close in the sentence', () => {
    expect(quoteLeftOpen('"We sent 300 men.', false)).toBe(true);
    expect(quoteLeftOpen('"We sent 300 men," he said.', false)).toBe(false);
    expect(quoteLeftOpen('They stayed a month,"', true)).toBe(false);
    expect(quoteLeftOpen('« Nous avons envoyé 300 hommes.', false)).toBe(true);
    expect(quoteLeftOpen('Ils sont partis en mai. »', true)).toBe(false);
  });
  it('finds the briefing agency in a line read as a caption', () => {
    const f = figuresOf({ blocks: [
      { kind: 'caption', text: 'Sources: the Daily Lantern, citing Berg, who spoke after a closed-door briefing by the Ruritanian Defence Agency (RDA)' },
      { kind: 'paragraph', text: 'MP Tomas Berg, citing intelligence data, said 60 soldiers had been killed.' },
    ], language: 'en', reference: {} }).figures;
    expect(f.map((x) => `${x.estimatedBy} / ${x.relayedBy}`)).toEqual(['the Ruritanian Defence Agency (RDA) / MP Tomas Berg']);
  });
});

describe('figuresOf: an outlet that reports a news agency’s copy (third round of issue 25, fictional)', () => {
  it('makes the agency the relayer, and drops the outlet', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: 'About 400 soldiers were sent to the northern islands, the Coastal Guard Office said on Monday.' },
      { kind: 'paragraph' as const, text: 'The move came after days of storms, Harbour.Example reports, citing Yonhap.' },
    ];
    const out = figuresOf({ blocks, language: 'en', reference: {} }).figures;
    expect(out.map((f) => [f.estimatedBy, f.relayedBy])).toEqual([['the Coastal Guard Office', 'Yonhap']]);
    const own = figuresOf({ blocks: [{ kind: 'paragraph' as const, text: 'About 400 soldiers were sent to the islands, Harbour.Example reports, citing the statement of the governor.' }], language: 'en', reference: {} }).figures;
    expect(own[0]?.relayedBy).not.toBe('Harbour.Example');
  });
});

describe('figuresOf: running totals, quoted participles, parenthesised nouns (third round of issue 25, fictional)', () => {
  it('files a running total with the count before it', () => {
    expect(fig('Another 150 soldiers have recently arrived on the island, bringing the total to 300.')).toEqual(['deployed 150 exact', 'deployed 300 exact']);
  });
  it('reads a predicate an outlet put in quotation marks after the auxiliary', () => {
    expect(fig('Plus de 300 soldats freedoniens ont été "tués" ou "blessés" dans les combats.')).toEqual(['killed-or-wounded 300 more than']);
  });
  it('counts people named in parentheses', () => {
    expect(fig("Il y a déjà 4.000 (soldats) dans la région du lac.")).toEqual(['deployed 4000 exact']);
  });
});

describe('figuresOf: a named lawmaker who relays a closed briefing (third round of issue 25, fictional)', () => {
  it('relays the briefing agency’s figures the article gives without him', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: 'About 400 soldiers have been sent to the islands. This information was disclosed by the Coastal Defence Office (CDO) during a private parliamentary briefing.' },
      { kind: 'paragraph' as const, text: 'Lawmaker Ann Example reported that another 200 soldiers have recently arrived on the islands.' },
    ];
    const out = figuresOf({ blocks, language: 'en', reference: {} }).figures;
    expect(out.map((f) => [f.low, f.estimatedBy, f.relayedBy])).toEqual([
      [400, 'the Coastal Defence Office (CDO)', 'Lawmaker Ann Example'],
      [200, 'the Coastal Defence Office (CDO)', 'Lawmaker Ann Example'],
    ]);
  });
  it('takes "Rep." for a title, and "the lawmakers" for the lawmakers named before', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: 'The Coastal Defence Office (CDO) says roughly 300 soldiers have died.' },
      { kind: 'paragraph' as const, text: 'Harbour Party Rep. Ann Example and Rep. Bo Sample told reporters that the CDO disclosed its assessment during a closed-door meeting.' },
    ];
    const out = figuresOf({ blocks, language: 'en', reference: {} }).figures;
    expect(out.map((f) => f.relayedBy)).toEqual(['Harbour Party Rep. Ann Example and Rep. Bo Sample']);
  });
});

describe('figuresOf: a relative clause past a comma (third round of issue 25, fictional)', () => {
  it('reads the future of "N people who, according to X, will …" as a plan', () => {
    expect(fig('In total, it is about 600 soldiers who, according to the governor, will guard the islands.')).toEqual(['planned 600 about']);
  });
});

describe('figuresOf: a handful the article already counted (third round of issue 25, fictional)', () => {
  it('does not file "the two soldiers" or "des deux militaires" again', () => {
    expect(fig('Freedonia captured two soldiers on Monday. One of the two soldiers said he had arrived in May.')).toEqual(['captured 2 exact']);
    expect(fig("L'armée a fait prisonniers deux soldats. Les images des deux militaires ont été publiées.")).toEqual(['captured 2 exact']);
    expect(fig('The 3,000 soldiers trained at night.')).toEqual(['deployed 3000 exact']);
  });
});
