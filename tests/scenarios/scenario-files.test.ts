import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIO_IDS, BUILTIN_SCENARIOS } from '../../src/domain/scenario/builtin-scenarios.ts';
import { checkScenarioText } from '../../src/domain/scenario/check-scenario.ts';
import { parseScenarioText } from '../../src/domain/scenario/scenario-format.ts';
import { findGraphProblems, longestPathTurns } from '../../src/domain/scenario/scenario-graph.ts';
import { scenarioFiles } from '../support/scenario-files.ts';
import { exploreScenario } from '../support/call-model.ts';

const root = join(import.meta.dirname, '..', '..');
const fixture = (name: string) => readFileSync(join(root, 'tests/fixtures/scenarios', name), 'utf8');

describe.each(scenarioFiles())('$file', ({ file, text }) => {
  it('passes the schema and the graph checks', () => {
    expect(checkScenarioText(text)).toEqual([]);
  });

  it('has at least 3 endings, 6 manager turns on its longest path, and 1-5 wordings per line', () => {
    const parsed = parseScenarioText(text);
    if (!parsed.ok) throw new Error(file);
    expect(Object.keys(parsed.value.endings).length).toBeGreaterThanOrEqual(3);
    expect(longestPathTurns(parsed.value)).toBeGreaterThanOrEqual(6);
    const managerNodes = Object.values(parsed.value.nodes).filter((node) => node.speaker === 'manager');
    expect(managerNodes.every((node) => node.lines.length >= 2)).toBe(true);
  });
});

describe('built-in scenarios', () => {
  it('are the five the product promises', () => {
    expect(BUILTIN_SCENARIOS.map((s) => s.id)).toEqual([...BUILTIN_SCENARIO_IDS]);
  });

  it('together cover every answer the product promises', () => {
    const everything = BUILTIN_SCENARIOS.flatMap((scenario) => [
      ...Object.values(scenario.nodes).flatMap((node) => node.lines),
      ...Object.values(scenario.endings).flatMap((ending) => [ending.title, ...(ending.farewell ?? [])]),
    ]).join('\n').toLowerCase();
    for (const promise of ['start monday', "we've moved on", 'change of heart', 'why are you calling me', 'feedback', 'can we talk about the offer']) {
      expect(everything, promise).toContain(promise);
    }
    const outcomes = new Set(BUILTIN_SCENARIOS.flatMap((s) => Object.values(s.endings).map((e) => e.outcome)));
    expect([...outcomes].sort()).toEqual(['no', 'open', 'screened-out', 'voicemail', 'yes']);
    const speakers = new Set(BUILTIN_SCENARIOS.flatMap((s) => Object.values(s.nodes).map((n) => n.speaker)));
    expect([...speakers].sort()).toEqual(['gatekeeper', 'manager', 'voicemail']);
  });
});

describe('a malformed scenario file', () => {
  it('names the field path and what was expected for a misspelled node reference', () => {
    expect(checkScenarioText(fixture('misspelled-reference.json'))).toEqual([
      { path: 'nodes.gives-feedback.next[1].to', message: expect.stringMatching(/"specfic-advice" does not exist; expected a node or ending id/) },
    ]);
  });

  it('reports a missing field, a wrong type and an unknown field, each at its path', () => {
    const data = JSON.parse(fixture('misspelled-reference.json'));
    delete data.persona.name;
    data.nodes.opening.lines = 'Tom Becker.';
    data.nodes.opening.colour = 'blue';
    const paths = checkScenarioText(JSON.stringify(data)).map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(['persona.name', 'nodes.opening.lines', 'nodes.opening']));
  });

  it('explains truncated JSON, an empty file, a newer format and a file that is too big', () => {
    const text = fixture('dead-end.json');
    expect(parseScenarioText(text.slice(0, 200))).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/not valid JSON.*truncated/) }] });
    expect(parseScenarioText('')).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/empty/) }] });
    expect(parseScenarioText(JSON.stringify({ ...JSON.parse(text), version: 9 }))).toMatchObject({
      ok: false,
      problems: [{ path: 'version', message: expect.stringMatching(/newer Callback/) }],
    });
    expect(parseScenarioText(`{"version":1,"x":"${'a'.repeat(1024 * 1024)}"}`)).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/at most 512 KB/) }] });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ version: 1, nodes: v }))), (text) => {
        const result = parseScenarioText(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('graph problems', () => {
  const graphProblems = (name: string) => {
    const parsed = parseScenarioText(fixture(name));
    if (!parsed.ok) throw new Error('fixture should parse');
    return { scenario: parsed.value, problems: findGraphProblems(parsed.value) };
  };

  it('flags an unreachable node, and the model never visits it', () => {
    const { scenario, problems } = graphProblems('unreachable-node.json');
    expect(problems).toContainEqual({ path: 'nodes.policy', message: expect.stringMatching(/unreachable/) });
    expect(exploreScenario(scenario, [1, 2, 3]).nodes.has('policy')).toBe(false);
  });

  it('flags a node with no way out when no condition holds', () => {
    const { problems } = graphProblems('dead-end.json');
    expect(problems).toContainEqual({ path: 'nodes.wrap-up.next', message: expect.stringMatching(/dead end/) });
  });

  it('flags a loop no ending can be reached from', () => {
    const { problems } = graphProblems('trap-loop.json');
    expect(problems.map((p) => p.path).sort()).toEqual(['nodes.network-offer', 'nodes.wrap-up']);
  });
});

describe('npm run scenarios:check', () => {
  const run = (...files: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scenarios-check.ts', ...files], { cwd: root, encoding: 'utf8' });

  it('exits 0 on the built-in scenarios', () => {
    const result = run(...scenarioFiles().map((f) => f.file));
    expect(result.stdout).toContain('5 of 5 scenario files OK');
    expect(result.status).toBe(0);
  });

  it('exits non-zero naming the file, the node and the field for a misspelled reference', () => {
    const result = run('tests/fixtures/scenarios/misspelled-reference.json');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('tests/fixtures/scenarios/misspelled-reference.json: nodes.gives-feedback.next[1].to');
  });

  it('reports every broken fixture and a missing file', () => {
    const result = run('tests/fixtures/scenarios', 'no-such-file.json');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('0 of 5 scenario files OK');
    expect(result.stderr).toContain('cannot read the file');
  });
});

