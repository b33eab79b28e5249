import { describe, expect, it } from 'vitest';
import { findDates } from '../claims';
import { datePublication, UndatedArticleError } from './dating';

const none = { textDates: [], captionDates: [] };

describe('datePublication', () => {
  it('takes the editor’s date, then the page’s metadata, then the dateline, and resolves relative dates against that day', () => {
    expect(datePublication({ ...none, given: '2025-06', dateline: { date: '2025-06-17', precision: 'day' } })).toMatchObject({ published: '2025-06', datePrecision: 'month', reference: { month: '2025-06' } });
    expect(datePublication({ ...none, metaPublished: '2024-11-05T18:40:00+01:00' })).toMatchObject({ published: '2024-11-05', publishedTime: '18:40', reference: { day: '2024-11-05' } });
    const d = datePublication({ ...none, dateline: { date: '2025-03-12', precision: 'day', time: '09:20' } });
    expect(d).toMatchObject({ published: '2025-03-12', datePrecision: 'day', publishedTime: '09:20', reference: { day: '2025-03-12' } });
    expect(d.dateInferred).toBeUndefined();
    expect(datePublication({ ...none, dateline: { date: '2024-12', precision: 'month' } })).toMatchObject({ published: '2024-12', datePrecision: 'month', reference: { month: '2024-12' } });
  });

  it('asks to check a page whose metadata and dateline disagree', () => {
    expect(datePublication({ ...none, metaPublished: '2024-11-06T09:00:00Z', dateline: { date: '2024-11-05', precision: 'day' } }).check.join(' ')).toContain('metadata says 2024-11-06 but its dateline says 2024-11-05');
  });

  it('without a dateline, proposes the latest date of the text as a lower bound, marked unknown, and resolves nothing against it', () => {
    const d = datePublication({ textDates: findDates('Le 28 avril 2025, puis en juin 2024.'), captionDates: findDates('Photo du 3 mai 2025. © AFP') });
    expect(d).toMatchObject({ published: '2025-04-28', datePrecision: 'day', dateInferred: true, reference: {} });
    expect(d.datingNote).toMatch(/^Publication date unknown: the article prints no dateline\. 2025-04-28 is only the latest date the article's text names/);
    expect(d.check[0]).toMatch(/^PUBLICATION DATE UNKNOWN/);
  });

  it('uses a caption’s date only as a lower bound when the text names none, and says so', () => {
    const d = datePublication({ textDates: findDates('Le 3 mars, des renforts.'), captionDates: findDates('Exercice, le 13 septembre 2024. © KCNA') });
    expect(d).toMatchObject({ published: '2024-09-13', dateInferred: true });
    expect(d.datingNote).toContain('photo caption, which is never the publication date, only a lower bound');
  });

  it('gives a wire dateline the year that puts it after the latest date the text names', () => {
    const d = datePublication({ wire: { place: 'SEOUL', month: 1, day: 13, agency: 'APC', end: 20 }, textDates: findDates('en décembre 2024'), captionDates: [] });
    expect(d).toMatchObject({ published: '2025-01-13', dateInferred: true });
  });

  it('never turns a bare year into a date: asks for --published, as when nothing dates the article', () => {
    const year = { textDates: findDates('la signature en 2023 d’un pacte'), captionDates: [] };
    expect(() => datePublication(year)).toThrow(UndatedArticleError);
    expect(() => datePublication(year)).toThrow(/only the year 2023, which is no publication date; give its publication date with --published/);
    expect(() => datePublication(none)).toThrow(UndatedArticleError);
    expect(() => datePublication(none)).toThrow(/--published/);
  });
});
