import { describe, expect, it } from 'vitest';
import { isCaption, removeFurniture } from './furniture';

const lines = (...texts: string[]) => texts.map((text) => ({ text }));

describe('removeFurniture', () => {
  it('removes the site’s name, tagline, menus, labels, byline, share bar and reading time, saying why', () => {
    const r = removeFurniture(lines(
      'HAN RIVER HERALD', "The nation's English-language daily", 'National | North Korea | Defense | Diplomacy', 'NORTH KOREA',
      'N. Korea sent about 3,000 more troops to Russia this year: JCS', 'By Yoo Ji-an', 'Share   Facebook   X   LinkedIn', '3 min read',
      'North Korea has sent about 3,000 additional troops to Russia since January, South Korea\'s Joint Chiefs of Staff said Monday.',
    ), 'en');
    expect(r.lines.map((l) => l.text)).toEqual(['N. Korea sent about 3,000 more troops to Russia this year: JCS', 'North Korea has sent about 3,000 additional troops to Russia since January, South Korea\'s Joint Chiefs of Staff said Monday.']);
    expect(r.removed.map((x) => x.reason)).toEqual(['site name or section label at the top', 'site tagline', 'site navigation', 'site name or section label before the article', 'byline (kept as the author)', 'share button', 'reading time']);
    expect(r.byline).toBe('Yoo Ji-an');
  });
  it('stops at related articles and comments, and keeps nothing after them', () => {
    const r = removeFurniture(lines('A title that is long enough', 'The article text.', 'Read also:', '→ Captured North Korean soldier: "I want to stay"', 'Comments (7)'), 'en');
    expect(r.lines.map((l) => l.text)).toEqual(['A title that is long enough', 'The article text.']);
    expect(r.removed).toHaveLength(3);
  });
  it('removes newsletter blurbs, copyright lines, appeals and wire desk codes, not the article', () => {
    const r = removeFurniture(lines('Un titre assez long pour un article', 'Le texte de la dépêche.', 'bur-kh/mda/lpa', '© Agence Presse Continentale', 'Recevez chaque matin l’essentiel. Inscrivez-vous à notre newsletter.', 'Frontline Post depends on readers like you. Become a member.'), 'fr');
    expect(r.lines.map((l) => l.text)).toEqual(['Un titre assez long pour un article', 'Le texte de la dépêche.']);
  });
});

describe('isCaption', () => {
  it('knows a photo caption by its credit, however long', () => {
    expect(isCaption('North Korean leader Kim Jong Un attends a military parade in Pyongyang on Sept. 9, 2023. (Photo: KCNA via Northwire) / FILE PHOTO / Purchase licensing rights')).toBe(true);
    expect(isCaption("Kim Jong Un lors d'une cérémonie militaire à Pyongyang, le 9 septembre 2023. Photo KCNA / APC")).toBe(true);
    expect(isCaption('Des soldats ukrainiens dans une tranchée de la région de Soumy, le 2 décembre 2024. © Le Fil Diplomatique / Archives')).toBe(true);
    expect(isCaption('North Korean leader Kim Jong Un visits a memorial, in this photo released by KCNA on Aug. 22, 2025.')).toBe(true);
    expect(isCaption('The post included a photograph of what it said were soldiers unloading crates from a train, which the paper could not verify.')).toBe(false);
  });
});
