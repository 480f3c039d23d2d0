import { describe, expect, it } from 'vitest';
import { countOf } from '../../src/lib/plural.ts';

describe('a count with its noun', () => {
  it('is singular for one and plural otherwise, with irregular plurals given', () => {
    expect([countOf(0, 'call'), countOf(1, 'call'), countOf(2, 'call')]).toEqual(['0 calls', '1 call', '2 calls']);
    expect([countOf(1, 'reply', 'replies'), countOf(3, 'reply', 'replies')]).toEqual(['1 reply', '3 replies']);
  });
});
