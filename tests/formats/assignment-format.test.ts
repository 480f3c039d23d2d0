import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Assignment, assignmentFileText, itemScenario, parseAssignmentText } from '../../src/domain/assignment/assignment-format.ts';
import { builtinScenario } from '../../src/domain/scenario/builtin-scenarios.ts';
import { buildResultFile, resultFileText } from '../../src/domain/result/result-file.ts';
import { assignmentFromLink, assignmentLink } from '../../src/domain/assignment/assignment-link.ts';
import type { Goal } from '../../src/domain/assignment/goals.ts';
import { newScenarioTemplate } from '../../src/features/coach/scenario-drafts.ts';
import { packForLink } from '../../src/lib/link-codec.ts';

const base: Assignment = {
  format: 'callback-assignment',
  version: 1,
  id: 'a-test-0001',
  title: 'Before your call to Northwind',
  coach: 'Priya',
  note: 'Focus on the reason.\nKeep it short.',
  due: '2026-12-01',
  createdAt: '2026-11-24T09:00:00.000Z',
  items: [
    {
      scenarioId: 'change-of-heart',
      scenario: undefined,
      goals: [
        { kind: 'reach-ending', endingId: 'start-tomorrow', times: 1 },
        { kind: 'score', dimension: 'professionalism', atLeast: 80, times: 1 },
        { kind: 'gracious-close', throughNode: 'moved-on', times: 2 },
      ],
    },
    { scenarioId: 'my-scenario', scenario: newScenarioTemplate('my-scenario'), goals: [{ kind: 'finish-call', times: 3 }] },
  ],
};

/** The assignment as it reads back: a built-in item has no scenario field at all. */
function normalised(assignment: Assignment) {
  return JSON.parse(JSON.stringify(assignment));
}

const goal: fc.Arbitrary<Goal> = fc.oneof(
  fc.record({ kind: fc.constant('reach-ending' as const), endingId: fc.constantFrom('start-tomorrow', 'door-open', 'moved-on-ending'), times: fc.integer({ min: 1, max: 20 }) }),
  fc.record({
    kind: fc.constant('score' as const),
    dimension: fc.constantFrom('credibility' as const, 'professionalism' as const),
    atLeast: fc.integer({ min: 0, max: 100 }),
    times: fc.integer({ min: 1, max: 20 }),
  }),
  fc.record({ kind: fc.constant('gracious-close' as const), times: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('finish-call' as const), times: fc.integer({ min: 1, max: 20 }) }),
);

describe('the assignment file', () => {
  it('round-trips, with a coach scenario travelling inside', () => {
    const read = parseAssignmentText(assignmentFileText(base));
    expect(read.ok && normalised(read.value)).toEqual(normalised(base));
    expect(read.ok && read.value.items[1]?.scenario?.persona.name).toBe('Sam Taylor');
  });

  it('round-trips any title, note and goals a coach can set (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 120 }).filter((text) => text.trim() !== ''),
        fc.string({ maxLength: 2000 }),
        fc.array(goal, { minLength: 1, maxLength: 10 }),
        (title, note, goals) => {
          const valid = goals.filter((each) => each.kind !== 'reach-ending' || each.endingId !== 'moved-on-ending');
          const assignment: Assignment = {
            ...base,
            title: title.trim(),
            note,
            items: [{ scenarioId: 'change-of-heart', scenario: undefined, goals: valid.length ? valid : [{ kind: 'finish-call', times: 1 }] }],
          };
          const read = parseAssignmentText(assignmentFileText(assignment));
          expect(read.ok && normalised(read.value)).toEqual(normalised(assignment));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses a file edited by hand', () => {
    const text = assignmentFileText(base).replace('"times": 2', '"times": 1');
    expect(text).not.toBe(assignmentFileText(base));
    const read = parseAssignmentText(text);
    expect(read).toMatchObject({ ok: false, problems: [{ path: 'checksum', message: expect.stringMatching(/changed after Callback wrote it/) }] });
  });

  it('names the field when a goal asks for an ending the scenario lacks', () => {
    const broken = { ...base, items: [{ scenarioId: 'ask-why', scenario: undefined, goals: [{ kind: 'reach-ending', endingId: 'start-tomorrow', times: 1 }] }] } as Assignment;
    const read = parseAssignmentText(assignmentFileText(broken));
    expect(read).toMatchObject({ ok: false, problems: [{ path: 'items[0].goals[0]', message: expect.stringMatching(/"start-tomorrow" is not an ending of/) }] });
  });

  it('runs the scenario checks on a scenario that travels inside', () => {
    const template = newScenarioTemplate('my-scenario');
    const deadEnd = { ...template, nodes: { opening: { ...template.nodes.opening!, next: [{ to: 'glad-to-help', when: { professionalism: { atLeast: 70 } } }] } } };
    const read = parseAssignmentText(assignmentFileText({ ...base, items: [{ scenarioId: 'my-scenario', scenario: deadEnd, goals: [{ kind: 'finish-call', times: 1 }] }] }));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n')).toMatch(/items\[0\]\.scenario: nodes\.opening\.next: dead end/);
  });

  it('explains truncated, empty, foreign, newer and oversized files', () => {
    const text = assignmentFileText(base);
    expect(parseAssignmentText(text.slice(0, text.length / 2))).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/truncated/) }] });
    expect(parseAssignmentText('')).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/empty/) }] });
    // A coach's likeliest mix-up: opening a candidate's results where the assignment was expected.
    const results = resultFileText(buildResultFile('Jordan', { kind: 'drill', code: 'ABCD-EFGH-JKMN', scenarios: [] }, []));
    const mixedUp = parseAssignmentText(results);
    expect(!mixedUp.ok && mixedUp.problems[0]).toEqual({ path: 'format', message: 'expected "callback-assignment": this is not a Callback assignment' });
    expect(parseAssignmentText(JSON.stringify({ ...JSON.parse(text), version: 9 }))).toMatchObject({ ok: false, problems: [{ path: 'version', message: expect.stringMatching(/newer Callback/) }] });
    expect(parseAssignmentText('x'.repeat(7 * 1024 * 1024))).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/at most 6144 KB/) }] });
  });

  it('refuses any other text, saying where and what (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((value) => JSON.stringify(value)),
        ),
        (text) => {
          const read = parseAssignmentText(text);
          expect(read.ok).toBe(false);
          if (!read.ok) for (const problem of read.problems) expect(`${problem.path}: ${problem.message}`).toMatch(/^\S.*: \S/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('an assignment from the first coach release', () => {
  /** Written by that release's assignmentFileText (commit 63c5862): format 1, carrying the coach's scenario in format 1. */
  const text = readFileSync(join(import.meta.dirname, '../fixtures/old-formats/assignment-v1-with-scenario-v1.json'), 'utf8');
  const written = JSON.parse(text);

  it('still opens, its own scenario brought up to format 2 with every node and ending as the coach wrote them', () => {
    expect(written.items[0].scenario.version).toBe(1);
    const read = parseAssignmentText(text);
    if (!read.ok) throw new Error(read.problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n'));
    const [own, builtIn] = read.value.items;
    expect(own?.scenario).toMatchObject({
      version: 2,
      id: 'northwind-change-of-heart',
      title: 'Northwind: change of heart',
      nodes: written.items[0].scenario.nodes,
      endings: written.items[0].scenario.endings,
    });
    expect(own?.goals).toEqual(written.items[0].goals);
    expect(builtIn && itemScenario(builtIn)).toBe(builtinScenario('ask-why'));
    expect(read.value).toMatchObject({ title: 'Before your call to Northwind', coach: 'Priya Raman', due: '2026-12-01' });
  });
});

describe('the assignment link', () => {
  it('carries the whole assignment in the fragment and reads it back', async () => {
    const link = await assignmentLink(base, 'http://localhost:5173/#/coach');
    expect(link.startsWith('http://localhost:5173/#/open/')).toBe(true);
    const packed = link.slice(link.indexOf('#/open/') + '#/open/'.length);
    expect(packed).toMatch(/^[A-Za-z0-9_-]+$/);
    const read = await assignmentFromLink(packed);
    expect(read.ok && normalised(read.value)).toEqual(normalised(base));
    // Compressed: a link is far shorter than the file it carries.
    expect(packed.length).toBeLessThan(assignmentFileText(base).length * 0.8);
  });

  it('explains a link cut short, altered or stuffed, and never throws', async () => {
    const link = await assignmentLink(base, 'http://x/');
    const packed = link.slice(link.indexOf('#/open/') + 7);
    const cut = await assignmentFromLink(packed.slice(0, Math.floor(packed.length / 2)));
    expect(cut).toMatchObject({ ok: false, problems: [{ path: '(the link)', message: expect.stringMatching(/incomplete or damaged/) }] });
    expect(await assignmentFromLink('not a link!')).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/damaged/) }] });
    expect((await assignmentFromLink(await packForLink('{"hello":1}'))).ok).toBe(false);
    const bomb = await packForLink('a'.repeat(9 * 1024 * 1024));
    expect(await assignmentFromLink(bomb)).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/more than Callback accepts/) }] });
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        expect((await assignmentFromLink(text)).ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
