import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIO_IDS, BUILTIN_SCENARIOS, builtinScenario } from '../../src/domain/scenario/builtin-scenarios.ts';
import { checkScenarioText } from '../../src/domain/scenario/check-scenario.ts';
import { parseScenarioText, scenarioV1ToV2 } from '../../src/domain/scenario/scenario-format.ts';
import { findGraphProblems, longestPathTurns } from '../../src/domain/scenario/scenario-graph.ts';
import { type ScenarioFile, scenarioSchema } from '../../src/domain/scenario/scenario-schema.ts';
import { scenarioFiles } from '../support/scenario-files.ts';
import { exploreScenario } from '../support/call-model.ts';
import { STRONG_CHANGE_OF_HEART } from '../support/records.ts';
import { simulateCall } from '../support/simulate-call.ts';

const root = join(import.meta.dirname, '..', '..');
const fixture = (name: string) => readFileSync(join(root, 'tests/fixtures/scenarios', name), 'utf8');
const brokenFixtures = readdirSync(join(root, 'tests/fixtures/scenarios')).filter((name) => name.endsWith('.json'));
/** change-of-heart exactly as Callback shipped it in scenario format 1, before the reader existed (commit 9cbf4a2). */
const V1_FILE = 'tests/fixtures/old-formats/scenario-v1.json';
const v1Text = readFileSync(join(root, V1_FILE), 'utf8');

describe.each(scenarioFiles())('$file', ({ file, text }) => {
  it('passes the schema and the graph checks', () => {
    expect(checkScenarioText(text)).toEqual([]);
  });

  it('has at least 3 endings, 6 manager turns on its longest path, and two or more wordings for every manager line', () => {
    const parsed = parseScenarioText(text);
    if (!parsed.ok) throw new Error(file);
    expect(Object.keys(parsed.value.endings).length).toBeGreaterThanOrEqual(3);
    expect(longestPathTurns(parsed.value)).toBeGreaterThanOrEqual(6);
    const managerNodes = Object.values(parsed.value.nodes).filter((node) => node.speaker === 'manager');
    expect(managerNodes.every((node) => node.lines.length >= 2)).toBe(true);
  });
});

describe('built-in scenarios', () => {
  it('are every file in scenarios/, each played exactly as written', () => {
    const written = scenarioFiles().map(({ file, text }) => {
      const parsed = parseScenarioText(text);
      if (!parsed.ok) throw new Error(file);
      return parsed.value;
    });
    expect([...BUILTIN_SCENARIO_IDS].sort()).toEqual(written.map((scenario) => scenario.id).sort());
    for (const scenario of written) expect(builtinScenario(scenario.id), scenario.id).toEqual(scenario);
    expect(BUILTIN_SCENARIOS).toHaveLength(5);
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

  it('names the node and field whenever one field of a real scenario is broken (property)', () => {
    const scenario = JSON.parse(scenarioFiles().find(({ file }) => file.endsWith('ask-why.json'))!.text);
    const notAList = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.string(), fc.dictionary(fc.string(), fc.integer()));
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(scenario.nodes)), fc.constantFrom('speaker', 'lines', 'next'), notAList, (nodeId, field, value) => {
        const broken = structuredClone(scenario);
        broken.nodes[nodeId][field] = field === 'speaker' && typeof value === 'string' ? `${value}-nobody` : value;
        const problems = checkScenarioText(JSON.stringify(broken));
        expect(problems.map((problem) => problem.path)).toContain(`nodes.${nodeId}.${field}`);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a scenario file in format 1', () => {
  const v1: ScenarioFile = JSON.parse(v1Text);

  it('is a format 2 scenario after scenarioV1ToV2, every node, line and ending as written', () => {
    const upgraded = scenarioSchema.safeParse(scenarioV1ToV2(v1));
    expect(upgraded.error?.issues).toBeUndefined();
    expect(upgraded.data).toMatchObject({ version: 2, id: v1.id, persona: v1.persona, briefing: v1.briefing, pickup: v1.pickup, nodes: v1.nodes, endings: v1.endings });
  });

  it('opens in the app with no problems, and nothing the manager hears is invented for it', () => {
    expect(checkScenarioText(v1Text)).toEqual([]);
    const opened = parseScenarioText(v1Text);
    if (!opened.ok) throw new Error('the format 1 file did not open');
    expect(opened.value.version).toBe(2);
    expect(opened.value.onHostile).toBeUndefined();
    for (const node of Object.values(opened.value.nodes)) {
      expect(node.linesWhen).toBeUndefined();
      for (const branch of node.next) expect(branch.when ?? {}).not.toHaveProperty('heard');
    }
  });

  it('plays to an ending, the manager saying only what the format 1 file wrote', () => {
    const opened = parseScenarioText(v1Text);
    if (!opened.ok) throw new Error('the format 1 file did not open');
    const { output } = simulateCall(opened.value, 3, STRONG_CHANGE_OF_HEART);
    expect(output.outcome.kind).toBe('ending');
    const written = new Set([...Object.values(v1.nodes).flatMap((node) => node.lines), ...Object.values(v1.endings).flatMap((ending) => ending.farewell ?? [])]);
    const managerLines = output.transcript.filter((line) => line.speaker !== 'candidate').map((line) => line.text);
    expect(managerLines.length).toBeGreaterThan(1);
    for (const line of managerLines) expect(written, line).toContain(line);
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
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'nodes.network-offer', message: expect.stringMatching(/no ending can be reached/) },
        { path: 'nodes.wrap-up', message: expect.stringMatching(/no ending can be reached/) },
        { path: 'nodes.network-offer.next', message: expect.stringMatching(/endless loop: .*"network-offer" → "wrap-up" → "network-offer"/) },
      ]),
    );
    expect(problems).toHaveLength(3);
  });
});

describe('npm run scenarios:check', () => {
  const run = (...files: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scenarios-check.ts', ...files], { cwd: root, encoding: 'utf8' });

  it('exits 0 on the built-in scenarios, ticking each one', () => {
    const files = scenarioFiles().map((f) => f.file);
    const result = run(...files);
    for (const file of files) expect(result.stdout).toContain(`✓ ${file}`);
    expect(result.stdout).toContain(`${files.length} of ${files.length} scenario files OK`);
    expect(result.status).toBe(0);
  });

  it('exits non-zero naming the file, the node and the field for a misspelled reference', () => {
    const result = run('tests/fixtures/scenarios/misspelled-reference.json');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('tests/fixtures/scenarios/misspelled-reference.json: nodes.gives-feedback.next[1].to');
  });

  it('reports every broken file in a folder and a missing file by name, and passes the good ones', () => {
    const result = run('scenarios/ask-why.json', V1_FILE, 'tests/fixtures/scenarios', 'no-such-file.json');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('✓ scenarios/ask-why.json');
    // A coach can still check a file they wrote in format 1.
    expect(result.stdout).toContain(`✓ ${V1_FILE}`);
    for (const name of brokenFixtures) expect(result.stderr).toContain(`✗ ${join('tests/fixtures/scenarios', name)}`);
    expect(result.stderr).toMatch(/✗ no-such-file\.json\n\s+cannot read the file/);
    expect(result.stdout).toContain(`2 of ${brokenFixtures.length + 3} scenario files OK`);
  });
});

