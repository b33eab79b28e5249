import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, isLocalPreview, siteAddress } from './dossier';

describe('siteAddress', () => {
  it('reads the public address, as an origin', () => {
    expect(siteAddress({ address: 'https://dossier.example.org' })).toBe('https://dossier.example.org');
    expect(siteAddress({ address: 'https://dossier.example.org/' })).toBe('https://dossier.example.org');
  });

  it('falls back to the local preview when none is set', () => {
    expect(siteAddress({ address: null })).toBe(DEFAULT_SITE);
    expect(siteAddress({})).toBe(DEFAULT_SITE);
  });

  it('refuses anything else, naming the file and the field', () => {
    for (const address of ['dossier.example.org', 'ftp://example.org', 'https://example.org/dossier/', 'javascript:alert(1)', 42, '']) {
      expect(() => siteAddress({ address }), String(address)).toThrow(/^site\.json: "address" must be the public address of the dossier/);
    }
  });
});

describe('isLocalPreview', () => {
  it('tells a local preview from a public address', () => {
    expect(isLocalPreview(DEFAULT_SITE)).toBe(true);
    expect(isLocalPreview('http://127.0.0.1:8080')).toBe(true);
    expect(isLocalPreview(undefined)).toBe(true);
    expect(isLocalPreview(new URL('https://dossier.example.org'))).toBe(false);
  });
});
