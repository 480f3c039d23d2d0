import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const BUDGET_BYTES = 150 * 1024;

describe('the built app', () => {
  it('loads at most 150 KB of gzipped JavaScript before the first screen', () => {
    // The browser project's global setup has just built dist/ from the current source.
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const initial = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((match) => match[1] ?? match[2] ?? '');
    expect(initial.length).toBeGreaterThan(0);
    const gzipped = initial.reduce((total, file) => total + gzipSync(readFileSync(join(dist, file))).length, 0);
    expect(gzipped, `initial JavaScript: ${initial.join(', ')}`).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
