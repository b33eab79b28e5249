import { describe, expect, it } from 'vitest';
import { findDateline, readDateline, wireDateline } from './datelines';

describe('readDateline', () => {
  it.each([
    ['November 5, 2024, 2:31 AM', { date: '2024-11-05', precision: 'day', time: '02:31' }],
    ['October 23, 2024, 2:31 AM ET', { date: '2024-10-23', precision: 'day', time: '02:31' }],
    ['December 19, 2024, 5:47 PM', { date: '2024-12-19', precision: 'day', time: '17:47' }],
    ['Published 5 Nov 2024 14:02 GMT', { date: '2024-11-05', precision: 'day', time: '14:02' }],
    ['Published 5 Nov 2024 14:02 GMT · 5 min read', { date: '2024-11-05', precision: 'day', time: '14:02' }],
    ['Publié le 05/11/2024 à 14h02', { date: '2024-11-05', precision: 'day', time: '14:02' }],
    ['08.11.2025 16:45', { date: '2025-11-08', precision: 'day', time: '16:45' }],
    ['12.03.2025 09:20', { date: '2025-03-12', precision: 'day', time: '09:20' }],
    ['Sep 4, 2025  11:18 a.m. KST', { date: '2025-09-04', precision: 'day', time: '11:18' }],
    ['Publié le 20 déc. 2024 à 07h30', { date: '2024-12-20', precision: 'day', time: '07:30' }],
    ['13 janv. 2025 à 16:48', { date: '2025-01-13', precision: 'day', time: '16:48' }],
    ['Thu 19 Dec 2024 17.47 GMT', { date: '2024-12-19', precision: 'day', time: '17:47' }],
    ['October 28, 2025', { date: '2025-10-28', precision: 'day' }],
    ['Numéro 47 — Décembre 2024', { date: '2024-12', precision: 'month' }],
    ['2025-07-13 02:28:33', { date: '2025-07-13', precision: 'day', time: '02:28' }],
    ['Published at: 2025-09-02 10:40:20', { date: '2025-09-02', precision: 'day', time: '10:40' }],
    ['2025-04', { date: '2025-04', precision: 'month' }],
  ])('reads “%s”', (line, want) => {
    expect(readDateline(line)).toEqual(want);
  });

  it('keeps the first date and notes the update', () => {
    expect(readDateline('Nov. 5, 2024 · Updated: Nov. 6, 2024')).toEqual({ date: '2024-11-05', precision: 'day', updated: '2024-11-06' });
    expect(readDateline('Publié le 5 novembre 2024 à 18:40, mis à jour le 6 novembre 2024 à 09:15')).toEqual({ date: '2024-11-05', precision: 'day', time: '18:40', updated: '2024-11-06' });
    expect(readDateline('Published : Feb. 24, 2025 - 15:12    Updated : Feb. 25, 2025 - 09:01')).toMatchObject({ date: '2025-02-24', time: '15:12', updated: '2025-02-25' });
    expect(readDateline('Mis à jour le 6 novembre 2024 à 09:15')).toMatchObject({ date: '2024-11-06', updateOnly: true });
    expect(readDateline('Updated: Nov. 6, 2024')).toMatchObject({ date: '2024-11-06', updateOnly: true });
  });

  it('is never a date widget, a caption, a comment or a date without a year', () => {
    expect(readDateline('Thursday, December 19, 2024')).toBeNull();
    expect(readDateline('Lundi 28 avril 2025 · Se connecter · S’abonner')).toBeNull();
    expect(readDateline('North Korean leader Kim Jong Un attends a parade in Pyongyang on Sept. 9, 2023. (Photo: KCNA)')).toBeNull();
    expect(readDateline('Peter V. · February 12, 2025 at 12:15 pm')).toBeNull();
    expect(readDateline('SEOUL, Oct 23 (Northwire) –')).toBeNull();
    expect(readDateline('2025')).toBeNull();
  });
});

describe('findDateline', () => {
  it('takes the first dateline in page order, past a widget, and an update only when nothing else dates the page', () => {
    expect(findDateline(['Thursday, December 19, 2024', 'Title', 'December 19, 2024, 5:47 PM', 'Text.'])).toMatchObject({ index: 2, dateline: { date: '2024-12-19', time: '17:47' } });
    expect(findDateline(['Updated: Nov. 6, 2024', 'Published Nov. 5, 2024'])).toMatchObject({ index: 1, dateline: { date: '2024-11-05' } });
    expect(findDateline(['Title', 'Updated: Nov. 6, 2024', 'Text.'])).toMatchObject({ index: 1, dateline: { updateOnly: true } });
    expect(findDateline(['Title', 'A caption of 9 septembre 2023. © KCNA', 'Text of the article.'])).toBeNull();
  });
});

describe('wireDateline', () => {
  it('reads the place, day and agency of wire copy, which print no year', () => {
    expect(wireDateline('SEOUL, Oct 23 (Northwire) – About 3,000 North Korean soldiers…')).toEqual({ place: 'SEOUL', month: 10, day: 23, agency: 'Northwire', end: 28 });
    expect(wireDateline('SÉOUL, 18 octobre (APC) – La Corée du Nord…')).toMatchObject({ place: 'SÉOUL', month: 10, day: 18, agency: 'APC' });
    expect(wireDateline('SEOUL, Sept 4 (GPW) – About 2,000…')).toMatchObject({ month: 9, day: 4 });
    expect(wireDateline('Seoul said on Oct 23 that…')).toBeNull();
  });
});
