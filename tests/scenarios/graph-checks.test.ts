import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../../src/domain/scenario/check-scenario.ts';

const root = join(import.meta.dirname, '..', '..');
const askWhy = () => JSON.parse(readFileSync(join(root, 'scenarios/ask-why.json'), 'utf8'));
const messages = (scenario: unknown) => checkScenarioText(JSON.stringify(scenario)).map((problem) => `${problem.path}: ${problem.message}`);

describe('scenarios:check finds calls that can never end', () => {
  it('reports a branch that loops back to its own node before the way out', () => {
    const scenario = askWhy();
    scenario.nodes.opening.next = [{ to: 'opening', when: { defensiveness: { atLeast: 50 } } }, ...scenario.nodes.opening.next];
    expect(messages(scenario)).toEqual([expect.stringMatching(/^nodes\.opening\.next: endless loop: .*"opening" → "opening"/)]);
  });

  it('reports a loop through several nodes, naming each', () => {
    const scenario = askWhy();
    scenario.nodes['why-calling'].next = [{ to: 'opening', when: { defensiveness: { atLeast: 70 } } }, ...scenario.nodes['why-calling'].next];
    const loop = messages(scenario).find((message) => message.includes('endless loop'));
    expect(loop).toMatch(/"opening" → "why-calling" → "opening"/);
  });

  it('accepts an empty condition on the last branch: it always applies, so it is no dead end', () => {
    const scenario = askWhy();
    const last = scenario.nodes.opening.next.at(-1);
    last.when = {};
    expect(messages(scenario)).toEqual([]);
  });

  it('refuses an impossible score band, in words', () => {
    const scenario = askWhy();
    scenario.nodes.opening.next[0].when = { professionalism: { atLeast: 90, below: 10 } };
    expect(messages(scenario)).toEqual([expect.stringMatching(/^nodes\.opening\.next\[0\]\.when\.professionalism: impossible band/)]);
  });

  it('refuses a line made only of zero-width characters, and accepts one with a word among them', () => {
    const scenario = askWhy();
    scenario.nodes.opening.lines = ['\u200b\u200c\u200d\u2060\ufeff'];
    expect(messages(scenario)).toEqual([expect.stringMatching(/^nodes\.opening\.lines\[0\]: has only invisible characters/)]);
    scenario.nodes.opening.lines = ['\u200bHello?\u200b'];
    expect(messages(scenario)).toEqual([]);
  });

  it('accepts a file that starts with a UTF-8 byte-order mark, as the browser does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callback-bom-'));
    const file = join(dir, 'with-bom.json');
    writeFileSync(file, `\ufeff${JSON.stringify(askWhy())}`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/scenarios-check.ts'), file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('1 of 1 scenario files OK');
    expect(run.status).toBe(0);
  });
});
