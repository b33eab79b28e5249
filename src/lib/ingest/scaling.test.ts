/**
 * One long paragraph costs its length, not its square. Measured in CPU time of this process
 * (not the wall clock, which other work on the machine stretches), the best of two runs; the
 * bound is generous: a paragraph four times longer may cost up to 4.5 times as much (linear
 * cost gives about 2 to 4; the quadratic steps this guards against gave 6 and more, and over
 * 120 s for 1.7 MB).
 */
import { describe, expect, it } from 'vitest';
import { ingest } from './ingest';
import { readNumbers } from '../claims';

const SENTENCE = 'Officials said about 5,000 soldiers were sent to the Kursk region on 6 November 2025, and the NIS added that more would follow. ';
const paragraph = (kb: number) => SENTENCE.repeat(Math.ceil((kb * 1024) / SENTENCE.length));
const cpuMs = (run: () => void) => {
  let best = Infinity;
  for (let k = 0; k < 2; k++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
};

describe('the cost of one long paragraph', () => {
  it('grows with its length: four times longer costs less than 4.5 times as much to ingest', () => {
    const article = (kb: number) => `A long article\n\n6 November 2025\n\n${paragraph(kb)}\n`;
    const small = cpuMs(() => ingest({ text: article(100), html: false }));
    const large = cpuMs(() => ingest({ text: article(400), html: false }));
    console.log(`ingest, one paragraph: 100 KB ${small.toFixed(0)} ms, 400 KB ${large.toFixed(0)} ms (×${(large / small).toFixed(1)})`);
    expect(large / small).toBeLessThan(4.5);
  }, 180_000);

  it('and every figure in it is still found', () => {
    const text = paragraph(50);
    const count = text.split(SENTENCE).length - 1;
    const draft = ingest({ text: `A long article\n\n6 November 2025\n\n${text}\n`, html: false });
    expect(readNumbers(text).numbers.filter((n) => n.value === 5000)).toHaveLength(count);
    expect(draft.markdown).toContain('low: 5000');
  }, 60_000);
});
