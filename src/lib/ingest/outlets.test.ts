import { describe, expect, it } from 'vitest';
import { onSite, outletOf } from './outlets';

describe('onSite', () => {
  it('compares hosts, not text: a longer host that begins with the home page is another site', () => {
    expect(onSite('https://trusted.example.evil.net/a', 'https://trusted.example')).toBe(false);
    expect(onSite('https://trusted.example.evil.net/', 'https://trusted.example/')).toBe(false);
    expect(onSite('https://trusted.examplex/a', 'https://trusted.example')).toBe(false);
    expect(onSite('https://trusted.example@evil.net/a', 'https://trusted.example')).toBe(false);
    expect(onSite('https://evil.net/?https://trusted.example/', 'https://trusted.example')).toBe(false);
  });
  it('accepts the same host, whatever its case, a leading www. or the scheme', () => {
    expect(onSite('https://trusted.example/2025/05/a', 'https://trusted.example')).toBe(true);
    expect(onSite('https://www.Trusted.Example/a', 'https://trusted.example/')).toBe(true);
    expect(onSite('http://trusted.example/a', 'https://www.trusted.example/')).toBe(true);
  });
  it('keeps to the home page\'s path, segment by segment, and refuses what is not an address', () => {
    expect(onSite('https://blogs.example/outlet/2025/a', 'https://blogs.example/outlet/')).toBe(true);
    expect(onSite('https://blogs.example/outletx/a', 'https://blogs.example/outlet')).toBe(false);
    expect(onSite('https://blogs.example/other/a', 'https://blogs.example/outlet')).toBe(false);
    expect(onSite('javascript:alert(1)', 'https://trusted.example')).toBe(false);
    expect(onSite('not a url', 'https://trusted.example')).toBe(false);
  });
});

describe('outletOf', () => {
  const outlets = [{ id: 'trusted', name: 'Trusted', homepage: 'https://trusted.example' }, { id: 'other', name: 'Other' }];
  it('finds the outlet by site name or by host, and none on a look-alike host', () => {
    expect(outletOf(outlets, 'other', undefined)?.id).toBe('other');
    expect(outletOf(outlets, undefined, 'https://trusted.example/a')?.id).toBe('trusted');
    expect(outletOf(outlets, 'Evil', 'https://trusted.example.evil.net/a')).toBeUndefined();
  });
});
