import { describe, expect, it } from 'vitest';
import { estimatorAgrees, relayerAgrees, type DraftFigure, type KeyFigure, type Match } from './ingest-score';

const key = (estimatedBy: string | null, relayedBy: string | null = null): KeyFigure => ({
  topic: 'troops', measure: 'deployed', low: 100, high: 100, qualifier: 'exact', asOf: null, estimatedBy, relayedBy, reportedly: false, quote: '100 soldiers',
});
const draft = (estimatedBy?: string, relayedBy?: string): DraftFigure => ({
  id: 'f1', measure: 'deployed', low: 100, high: 100, qualifier: 'exact', quote: '100 soldiers',
  attribution: { ...(estimatedBy ? { estimatedBy } : {}), ...(relayedBy ? { relayedBy } : {}) },
});
const match = (k: KeyFigure, d: DraftFigure): Match => ({ key: k, draft: d });

describe('estimatorAgrees and relayerAgrees (fictional names)', () => {
  it('agrees when the draft gives the key’s very name, even a bare state name the word comparison sets aside', () => {
    expect(estimatorAgrees(match(key('South Korea'), draft('South Korea')), [])).toBe(true);
    expect(estimatorAgrees(match(key('Ukraine'), draft('ukraine')), [])).toBe(true);
    expect(relayerAgrees(match(key('X', 'the Harbour Office'), draft('X', 'Harbour Office')), [])).toBe(true);
  });
  it('still tells different sources apart', () => {
    expect(estimatorAgrees(match(key('South Korea'), draft('Ukraine')), [])).toBe(false);
    expect(estimatorAgrees(match(key(null), draft('South Korea')), [])).toBe(false);
    expect(estimatorAgrees(match(key('South Korea'), draft()), [])).toBe(false);
  });
});
