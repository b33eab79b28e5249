import { describe, expect, it } from 'vitest';
import { phasesOf } from './phases';

describe('phasesOf', () => {
  it('reads each step where Astro left it, labels with spaces and numbers included, summing repeats', () => {
    const output = [
      '02:39:01 [build] ✓ Completed in 1.75s.',
      'timing: collections read (5000 sources) 3 ms',
      '02:39:01   ├─ /entities/australia/index.htmltiming: entity notes 12 ms',
      'timing: export files for http://localhost:4321, database included 220 ms (resident 1830 MiB)',
      'timing: entity notes 8 ms',
    ].join('\n');
    expect(phasesOf(output)).toEqual({
      'collections read (5000 sources)': 3,
      'entity notes': 20,
      'export files for http://localhost:4321, database included': 220,
    });
  });

  it('is empty for a build that printed no timings (an older tree)', () => {
    expect(phasesOf('[build] Complete!')).toEqual({});
  });
});
