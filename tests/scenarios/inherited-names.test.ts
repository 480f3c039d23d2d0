import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../../src/domain/scenario/check-scenario.ts';
import { parseScenarioText } from '../../src/domain/scenario/scenario-format.ts';
import { simulateCall } from '../support/simulate-call.ts';

const root = join(import.meta.dirname, '..', '..');

/** ask-why with a point and an ending renamed to a name Object.prototype also has. */
function renamed(nodeFrom: string, nodeTo: string, endingFrom: string, endingTo: string): string {
  const text = readFileSync(join(root, 'scenarios/ask-why.json'), 'utf8');
  return text.replaceAll(`"${nodeFrom}"`, `"${nodeTo}"`).replaceAll(`"${endingFrom}"`, `"${endingTo}"`);
}

describe('ids that are also names on Object.prototype are ordinary ids', () => {
  for (const [node, ending] of [
    ['constructor', 'to-string'],
    ['hasownproperty', 'constructor'],
    ['valueof', 'isprototypeof'],
  ] as const) {
    it(`a point "${node}" and an ending "${ending}" pass the checks and play like any other`, () => {
      const text = renamed('opening', node, 'curt-close', ending);
      expect(checkScenarioText(text)).toEqual([]);
      const parsed = parseScenarioText(text);
      if (!parsed.ok) throw new Error('renamed scenario should parse');
      const original = parseScenarioText(readFileSync(join(root, 'scenarios/ask-why.json'), 'utf8'));
      if (!original.ok) throw new Error('ask-why should parse');
      const replies = ['hey', 'whatever', 'bye'];
      for (const seed of [1, 2, 3, 4, 5]) {
        const played = simulateCall(parsed.value, seed, replies).output;
        const before = simulateCall(original.value, seed, replies).output;
        // The same call, word for word, with only the ids renamed.
        expect(played.transcript.map((entry) => entry.text)).toEqual(before.transcript.map((entry) => entry.text));
        expect(played.outcome.kind).toBe(before.outcome.kind);
      }
    });
  }

  it('refuses __proto__ as an id, in words: ids are lower-case words joined by hyphens', () => {
    const problems = checkScenarioText(renamed('opening', '__proto__', 'curt-close', 'curt-close'));
    expect(problems[0]).toEqual({ path: 'pickup[0].to', message: 'an id is lower-case words joined by hyphens, like "moved-on"' });
  });
});
