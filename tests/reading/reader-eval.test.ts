import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedReader } from '../../src/domain/reading/read-reply.ts';
import { evaluateHeldOut, heldOutLine } from '../../scripts/lib/reader/evaluate-held-out.ts';

const root = join(import.meta.dirname, '..', '..');

describe('the held-out evaluation', () => {
  it('prints the figures the README states, for typed and spoken replies', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const figures = evaluateHeldOut(root, shippedReader);
    expect(figures.replies).toBeGreaterThanOrEqual(300);
    for (const form of figures.forms) for (const row of form.dimensions) expect(readme).toContain(heldOutLine(row));
  });
});
