import { describe, expect, it } from 'vitest';
import { navCurrent, siteNav } from './nav';

describe('siteNav', () => {
  it('groups the topic pages under Topics, by their titles, then the other sections in order', () => {
    const nav = siteNav([{ id: 'troops', title: 'North Korean troops in Russia' }, { id: 'casualties', title: 'Casualties among North Korean troops' }]);
    expect(nav[0]).toEqual({ group: { href: '/topics/', label: 'Topics' }, links: [{ href: '/topics/troops/', label: 'North Korean troops in Russia' }, { href: '/topics/casualties/', label: 'Casualties among North Korean troops' }] });
    expect(nav.slice(1).map((e) => ('label' in e ? e.label : ''))).toEqual(['Timeline', 'Sources', 'Names', 'Data', 'Search']);
  });
});

describe('navCurrent', () => {
  it('marks the page itself, the section a page lies in, and never a group overview for its children', () => {
    expect(navCurrent('/sources/', '/sources/')).toBe('page');
    expect(navCurrent('/sources/a-b/', '/sources/')).toBe('location');
    expect(navCurrent('/topics/troops/2025-11/', '/topics/troops/', '/topics/')).toBe('location');
    expect(navCurrent('/topics/troops/', '/topics/', '/topics/')).toBeUndefined();
    expect(navCurrent('/topics/', '/topics/', '/topics/')).toBe('page');
    expect(navCurrent('/timeline/', '/sources/')).toBeUndefined();
  });
});
