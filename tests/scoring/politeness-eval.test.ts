import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluatePoliteness, spearman } from '../../scripts/lib/politeness.ts';

describe('the politeness evaluation', () => {
  it('prints the figures the README states', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const result = evaluatePoliteness();
    expect(result.requests).toBe(4353);
    expect(result.taskSize).toBe(2176);
    expect(readme).toContain(`**${(result.accuracy * 100).toFixed(1)}%**`);
    expect(readme).toContain(`**Spearman ρ of ${result.spearman.toFixed(3)}**`);
  });

  it('computes Spearman with tied ranks', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    expect(spearman([1, 1, 2, 2], [1, 1, 2, 2])).toBeCloseTo(1);
  });
});
