import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormatProblem } from '../../src/lib/versioned-format.ts';
import { MAX_PICKUPS, type Scenario } from '../../src/domain/scenario/scenario-schema.ts';
import { BUILTIN_SCENARIOS } from '../../src/domain/scenario/builtin-scenarios.ts';
import { checkDraft, newScenarioTemplate } from '../../src/features/coach/scenario-drafts.ts';
import { type EditorAction, editorReducer } from '../../src/features/coach/scenario-editor/editor-reducer.ts';
import { isPointId } from '../../src/features/coach/scenario-editor/point-ids.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The template plus a second point, so renames and removals have several references to follow:
 * opening → asks-why | not-now; asks-why → opening | glad-to-help | not-now; hostile → not-now.
 */
function fixture(): Scenario {
  const template = newScenarioTemplate('my-scenario');
  return deepFreeze({
    ...template,
    pickup: [
      { to: 'opening', weight: 3 },
      { to: 'asks-why', weight: 1 },
    ],
    nodes: {
      opening: { ...(template.nodes.opening as Scenario['nodes'][string]), next: [{ to: 'asks-why', when: { professionalism: { atLeast: 70 } } }, { to: 'not-now' }] },
      'asks-why': {
        speaker: 'manager',
        lines: ['Why are you calling?'],
        hint: 'Give your reason in one sentence.',
        next: [{ to: 'opening', when: { mentions: ['sorry'] }, note: 'Back to the start.' }, { to: 'glad-to-help', chance: 0.5 }, { to: 'not-now' }],
      },
    },
    onHostile: { heard: ['insults'], to: 'not-now' },
  });
}

/**
 * The fixture loops on purpose (asks-why goes back to opening on "sorry"), so renames are seen to
 * follow a branch that points backwards. scenarios:check reports that loop as a call that may never
 * end (tested in tests/scenarios/graph-checks.test.ts); here only the problems an action causes count.
 */
function withoutFixtureLoop(problems: readonly FormatProblem[]): FormatProblem[] {
  return problems.filter((problem) => !problem.message.startsWith('endless loop'));
}

/** The draft's check, with the fixture's deliberate loop set aside. */
function checkedDraft(scenario: unknown) {
  const check = checkDraft(scenario);
  return check.kind === 'valid' ? { ...check, graphProblems: withoutFixtureLoop(check.graphProblems) } : check;
}

function run(scenario: Scenario, ...actions: EditorAction[]): Scenario {
  return actions.reduce(editorReducer, scenario);
}

function node(scenario: Scenario, id: string) {
  if (!Object.hasOwn(scenario.nodes, id)) throw new Error(`no node ${id}`);
  return scenario.nodes[id] as Scenario['nodes'][string];
}

function allTargets(scenario: Scenario): string[] {
  return [
    ...scenario.pickup.map((pickup) => pickup.to),
    ...Object.values(scenario.nodes).flatMap((each) => each.next.map((branch) => branch.to)),
    ...(scenario.onHostile ? [scenario.onHostile.to] : []),
  ];
}

/** Paths of own fields holding `undefined`: a field cleared in the editor should be gone, not kept as a hole. */
function undefinedFields(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => (child === undefined ? [`${path}.${key}`] : undefinedFields(child, `${path}.${key}`)));
}

function problemPaths(scenario: Scenario): string[] {
  const check = checkDraft(scenario);
  return check.kind === 'invalid' ? check.problems.map((problem) => problem.path) : withoutFixtureLoop(check.graphProblems).map((problem) => problem.path);
}

describe('the fixture', () => {
  it('is ready to play, so every problem a test sees comes from the action', () => {
    expect(checkedDraft(fixture())).toMatchObject({ kind: 'valid', graphProblems: [] });
  });
});

describe('the scenario, briefing and persona', () => {
  it('changes only the fields named', () => {
    const before = fixture();
    const after = run(
      before,
      { type: 'about.update', changes: { title: 'Call back', difficulty: 'hard' } },
      { type: 'briefing.update', changes: { goal: 'A second interview.' } },
      { type: 'persona.update', changes: { name: 'Morgan Reyes', patienceSeconds: 45 } },
    );
    expect(after).toStrictEqual({
      ...before,
      title: 'Call back',
      difficulty: 'hard',
      briefing: { ...before.briefing, goal: 'A second interview.' },
      persona: { ...before.persona, name: 'Morgan Reyes', patienceSeconds: 45 },
    });
  });
});

describe('pick-ups', () => {
  it('adds no more pick-ups than a scenario may have', () => {
    let scenario = fixture();
    for (let step = 0; step < 10; step++) scenario = run(scenario, { type: 'pickup.add' });
    expect(scenario.pickup).toHaveLength(MAX_PICKUPS);
  });

  it('adds one at the first point with weight 1, changes one, and removes one', () => {
    const added = run(fixture(), { type: 'pickup.add' });
    expect(added.pickup).toEqual([
      { to: 'opening', weight: 3 },
      { to: 'asks-why', weight: 1 },
      { to: 'opening', weight: 1 },
    ]);
    const changed = run(added, { type: 'pickup.update', index: 2, changes: { to: 'asks-why', weight: 5 } });
    expect(changed.pickup[2]).toEqual({ to: 'asks-why', weight: 5 });
    expect(run(changed, { type: 'pickup.remove', index: 0 }).pickup).toEqual([
      { to: 'asks-why', weight: 1 },
      { to: 'asks-why', weight: 5 },
    ]);
  });

  it('never removes the last pick-up: someone has to answer the phone', () => {
    const one = run(fixture(), { type: 'pickup.remove', index: 1 });
    expect(one.pickup).toHaveLength(1);
    expect(run(one, { type: 'pickup.remove', index: 0 })).toBe(one);
  });

  it('ignores an index that is not there', () => {
    const before = fixture();
    expect(run(before, { type: 'pickup.update', index: 7, changes: { weight: 2 } }, { type: 'pickup.remove', index: -1 }, { type: 'pickup.update', index: 0.5, changes: { weight: 2 } })).toBe(before);
  });
});

describe('points', () => {
  it('adds a point under the typed id that speaks and leads to the first ending', () => {
    const after = run(fixture(), { type: 'node.add', id: 'moved-on' });
    expect(node(after, 'moved-on')).toEqual({ speaker: 'manager', lines: ['What would you like to say?'], next: [{ to: 'glad-to-help' }] });
  });

  it('never overwrites a point or an ending when the typed id is taken or malformed', () => {
    const after = run(fixture(), { type: 'node.add', id: 'opening' }, { type: 'node.add', id: 'not-now' }, { type: 'node.add', id: 'Not An Id' }, { type: 'node.add', id: '' });
    expect(Object.keys(after.nodes)).toEqual(['opening', 'asks-why', 'opening-2', 'not-now-2', 'new-point', 'new-point-2']);
    expect(node(after, 'opening')).toEqual(node(fixture(), 'opening'));
    expect(after.endings).toEqual(fixture().endings);
  });

  it('keeps a long id valid when it is shortened to make room for a suffix', () => {
    const long = `${'a'.repeat(57)}-${'b'.repeat(6)}`;
    const after = run(fixture(), { type: 'node.add', id: long });
    const added = Object.keys(after.nodes).at(-1) as string;
    expect(isPointId(added)).toBe(true);
    expect(problemPaths(after).filter((path) => path.startsWith('nodes') && !path.startsWith(`nodes.${added}`))).toEqual([]);
  });

  it('changes what a point says and who says it, and drops a cleared hint', () => {
    const after = run(
      fixture(),
      { type: 'node.update', nodeId: 'asks-why', changes: { speaker: 'gatekeeper', lines: ['Who is calling?', 'And you are?'] } },
      { type: 'node.update', nodeId: 'asks-why', changes: { hint: '' } },
    );
    const { hint: _hint, ...rest } = node(fixture(), 'asks-why');
    expect(node(after, 'asks-why')).toStrictEqual({ ...rest, speaker: 'gatekeeper', lines: ['Who is calling?', 'And you are?'] });
  });

  it('renames a point, and every pick-up and branch that led there follows it', () => {
    const after = run(fixture(), { type: 'node.rename', from: 'asks-why', to: 'why-now' });
    expect(Object.keys(after.nodes)).toEqual(['opening', 'why-now']);
    expect(after.pickup.map((pickup) => pickup.to)).toEqual(['opening', 'why-now']);
    expect(node(after, 'opening').next.map((branch) => branch.to)).toEqual(['why-now', 'not-now']);
    expect(allTargets(after)).not.toContain('asks-why');
    expect(checkedDraft(after)).toMatchObject({ kind: 'valid', graphProblems: [] });
  });

  it('refuses a rename that would merge two points or write an id the schema rejects', () => {
    const before = fixture();
    for (const to of ['opening', 'not-now', 'asks-why', 'Why Now', '-x', 'a'.repeat(65), '__proto__']) {
      expect(run(before, { type: 'node.rename', from: 'asks-why', to })).toBe(before);
    }
    // An ending is renamed with ending.rename; node.rename on one does nothing.
    expect(run(before, { type: 'node.rename', from: 'not-now', to: 'later' })).toBe(before);
  });

  it('treats ids that are names on Object.prototype as ordinary ids', () => {
    const after = run(fixture(), { type: 'node.rename', from: 'asks-why', to: 'constructor' }, { type: 'ending.rename', from: 'not-now', to: 'to-string' }, { type: 'node.add', id: 'hasownproperty' });
    expect(Object.keys(after.nodes)).toEqual(['opening', 'constructor', 'hasownproperty']);
    expect(node(after, 'opening').next.map((branch) => branch.to)).toEqual(['constructor', 'to-string']);
    // The only problem is the new point nothing leads to yet.
    expect(checkedDraft(after)).toMatchObject({ kind: 'valid' });
    expect(problemPaths(after)).toEqual(['nodes.hasownproperty']);
    expect(Object.getPrototypeOf(after.nodes)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).opening).toBeUndefined();
  });

  it('removes a point but leaves the branches that led there for the checks to name', () => {
    const after = run(fixture(), { type: 'node.remove', nodeId: 'asks-why' });
    expect(Object.keys(after.nodes)).toEqual(['opening']);
    expect(node(after, 'opening').next[0]).toEqual({ to: 'asks-why', when: { professionalism: { atLeast: 70 } } });
    expect(problemPaths(after)).toEqual(expect.arrayContaining(['pickup[1].to', 'nodes.opening.next[0].to']));
  });

  it('does nothing to a point that is not there, whatever its name', () => {
    const before = fixture();
    for (const id of ['nowhere', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const actions: EditorAction[] = [
        { type: 'node.update', nodeId: id, changes: { lines: ['x'] } },
        { type: 'node.rename', from: id, to: 'fresh' },
        { type: 'node.remove', nodeId: id },
        { type: 'branch.add', nodeId: id },
        { type: 'branch.update', nodeId: id, index: 0, changes: { to: 'opening' } },
        { type: 'branch.set-band', nodeId: id, index: 0, dimension: 'credibility', bound: 'below', value: 10 },
        { type: 'branch.set-mentions', nodeId: id, index: 0, mentions: ['x'] },
        { type: 'branch.move-up', nodeId: id, index: 1 },
        { type: 'branch.remove', nodeId: id, index: 0 },
        { type: 'ending.update', endingId: id, changes: { title: 'x' } },
        { type: 'ending.rename', from: id, to: 'fresh' },
        { type: 'ending.remove', endingId: id },
      ];
      for (const action of actions) expect(editorReducer(before, action), `${action.type} ${id}`).toBe(before);
    }
    expect(Object.prototype).not.toHaveProperty('lines');
  });
});

describe('branches', () => {
  it('adds a branch to the first point and shows where it goes', () => {
    const after = run(fixture(), { type: 'branch.add', nodeId: 'asks-why' });
    expect(node(after, 'asks-why').next.at(-1)).toStrictEqual({ to: 'opening' });
  });

  it('retargets a branch and sets its chance and note, dropping them when cleared', () => {
    const at = { nodeId: 'opening', index: 1 };
    const set = run(fixture(), { type: 'branch.update', ...at, changes: { to: 'glad-to-help', chance: 0.3, note: 'Sometimes they have time.' } });
    expect(node(set, 'opening').next[1]).toStrictEqual({ to: 'glad-to-help', chance: 0.3, note: 'Sometimes they have time.' });
    const cleared = run(set, { type: 'branch.update', ...at, changes: { chance: undefined, note: '' } });
    expect(node(cleared, 'opening').next[1]).toStrictEqual({ to: 'glad-to-help' });
  });

  it('sets a score band, and clearing both bounds removes the condition rather than leaving an empty one', () => {
    const at = { nodeId: 'opening', index: 1 };
    const banded = run(
      fixture(),
      { type: 'branch.set-band', ...at, dimension: 'defensiveness', bound: 'below', value: 40 },
      { type: 'branch.set-band', ...at, dimension: 'defensiveness', bound: 'atLeast', value: 10 },
    );
    expect(node(banded, 'opening').next[1]).toStrictEqual({ to: 'not-now', when: { defensiveness: { below: 40, atLeast: 10 } } });
    const cleared = run(
      banded,
      { type: 'branch.set-band', ...at, dimension: 'defensiveness', bound: 'below', value: undefined },
      { type: 'branch.set-band', ...at, dimension: 'defensiveness', bound: 'atLeast', value: undefined },
    );
    expect(node(cleared, 'opening').next[1]).toStrictEqual({ to: 'not-now' });
    expect(checkDraft(cleared)).toMatchObject({ kind: 'valid' });
  });

  it('keeps the other parts of a condition when one part is cleared', () => {
    const at = { nodeId: 'asks-why', index: 0 };
    const after = run(fixture(), { type: 'branch.set-band', ...at, dimension: 'credibility', bound: 'atLeast', value: 50 }, { type: 'branch.set-mentions', ...at, mentions: [] });
    expect(node(after, 'asks-why').next[0]).toStrictEqual({ to: 'opening', when: { credibility: { atLeast: 50 } }, note: 'Back to the start.' });
  });

  it('stores the phrases a reply must mention trimmed, without blanks', () => {
    const after = run(fixture(), { type: 'branch.set-mentions', nodeId: 'opening', index: 1, mentions: [' sorry ', '', 'my mistake', '  '] });
    expect(node(after, 'opening').next[1]?.when).toStrictEqual({ mentions: ['sorry', 'my mistake'] });
  });

  it('moves a branch one place earlier, so it is tried first', () => {
    const before = fixture();
    const after = run(before, { type: 'branch.move-up', nodeId: 'asks-why', index: 2 });
    expect(node(after, 'asks-why').next.map((branch) => branch.to)).toEqual(['opening', 'not-now', 'glad-to-help']);
    expect(run(before, { type: 'branch.move-up', nodeId: 'asks-why', index: 0 })).toBe(before);
    expect(run(before, { type: 'branch.move-up', nodeId: 'asks-why', index: 3 })).toBe(before);
  });

  it('removes exactly the branch named', () => {
    const after = run(fixture(), { type: 'branch.remove', nodeId: 'asks-why', index: 1 });
    expect(node(after, 'asks-why').next.map((branch) => branch.to)).toEqual(['opening', 'not-now']);
  });
});

describe('endings', () => {
  it('adds an ending with placeholder text, under a free id', () => {
    const after = run(fixture(), { type: 'ending.add', id: 'start-tomorrow' }, { type: 'ending.add', id: 'opening' });
    expect(Object.keys(after.endings)).toEqual(['glad-to-help', 'not-now', 'start-tomorrow', 'opening-2']);
    expect(after.endings['start-tomorrow']).toEqual({ title: 'New ending', outcome: 'no', goal: 'What to aim for.', debrief: 'What the debrief says.' });
  });

  it('changes an ending and drops last words that were cleared', () => {
    const after = run(fixture(), { type: 'ending.update', endingId: 'not-now', changes: { outcome: 'open', farewell: [] } });
    const { farewell: _farewell, ...rest } = fixture().endings['not-now'] as Scenario['endings'][string];
    expect(after.endings['not-now']).toStrictEqual({ ...rest, outcome: 'open' });
  });

  it('renames an ending, and the branches and the hostile ending follow', () => {
    const after = run(fixture(), { type: 'ending.rename', from: 'not-now', to: 'maybe-later' });
    expect(Object.keys(after.endings)).toEqual(['glad-to-help', 'maybe-later']);
    expect(after.onHostile?.to).toBe('maybe-later');
    expect(allTargets(after)).not.toContain('not-now');
    expect(checkedDraft(after)).toMatchObject({ kind: 'valid', graphProblems: [] });
    expect(run(after, { type: 'ending.rename', from: 'maybe-later', to: 'opening' })).toBe(after);
  });

  it('removes an ending and the checks name every reference left behind', () => {
    const after = run(fixture(), { type: 'ending.remove', endingId: 'not-now' });
    expect(Object.keys(after.endings)).toEqual(['glad-to-help']);
    expect(problemPaths(after)).toEqual(expect.arrayContaining(['onHostile.to', 'nodes.opening.next[1].to', 'nodes.asks-why.next[2].to']));
  });
});

// Names that live on Object.prototype, and ids already in use, are where lookups by plain indexing go wrong.
const ID_POOL = ['opening', 'asks-why', 'glad-to-help', 'not-now', 'constructor', 'to-string', '__proto__', 'toString', 'fresh', 'Bad Id', ''];

function actionArbitrary(): fc.Arbitrary<EditorAction> {
  const id = fc.constantFrom(...ID_POOL);
  const index = fc.integer({ min: -1, max: 4 });
  const at = fc.record({ nodeId: id, index });
  const maybeScore = fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined });
  return fc.oneof(
    fc.constant<EditorAction>({ type: 'pickup.add' }),
    fc.record({ type: fc.constant('pickup.update' as const), index, changes: fc.record({ to: id }) }),
    fc.record({ type: fc.constant('pickup.remove' as const), index }),
    fc.record({ type: fc.constant('node.add' as const), id }),
    fc.record({ type: fc.constant('node.update' as const), nodeId: id, changes: fc.record({ hint: fc.constantFrom('', 'Say why.') }) }),
    fc.record({ type: fc.constant('node.rename' as const), from: id, to: id }),
    fc.record({ type: fc.constant('node.remove' as const), nodeId: id }),
    fc.record({ type: fc.constant('branch.add' as const), nodeId: id }),
    at.chain((where) =>
      fc.record({ type: fc.constant('branch.update' as const), nodeId: fc.constant(where.nodeId), index: fc.constant(where.index), changes: fc.record({ to: id, note: fc.constantFrom('', 'why') }) }),
    ),
    at.chain((where) =>
      fc.record({
        type: fc.constant('branch.set-band' as const),
        nodeId: fc.constant(where.nodeId),
        index: fc.constant(where.index),
        dimension: fc.constantFrom('defensiveness' as const, 'credibility' as const),
        bound: fc.constantFrom('atLeast' as const, 'below' as const),
        value: maybeScore,
      }),
    ),
    at.chain((where) =>
      fc.record({ type: fc.constant('branch.set-mentions' as const), nodeId: fc.constant(where.nodeId), index: fc.constant(where.index), mentions: fc.array(fc.constantFrom('sorry', ' ', 'thanks')) }),
    ),
    at.map((where): EditorAction => ({ type: 'branch.move-up', ...where })),
    at.map((where): EditorAction => ({ type: 'branch.remove', ...where })),
    fc.record({ type: fc.constant('ending.add' as const), id }),
    fc.record({ type: fc.constant('ending.update' as const), endingId: id, changes: fc.record({ farewell: fc.constantFrom<string[]>([], ['Bye.']) }) }),
    fc.record({ type: fc.constant('ending.rename' as const), from: id, to: id }),
    fc.record({ type: fc.constant('ending.remove' as const), endingId: id }),
  );
}

describe('any sequence of edits (property)', () => {
  it('never corrupts the draft, and every reference to a missing point is named by the checks', () => {
    const starts = [fixture(), ...BUILTIN_SCENARIOS.map((scenario) => deepFreeze(structuredClone(scenario)))];
    fc.assert(
      fc.property(fc.constantFrom(...starts), fc.array(actionArbitrary(), { maxLength: 25 }), (start, actions) => {
        let scenario = start;
        for (const action of actions) scenario = deepFreeze(editorReducer(scenario, action));
        const nodeIds = Object.keys(scenario.nodes);
        const endingIds = Object.keys(scenario.endings);
        // Ids stay well-formed and distinct: no action merges a point into another.
        for (const id of [...nodeIds, ...endingIds]) expect(isPointId(id), id).toBe(true);
        expect(nodeIds.filter((id) => endingIds.includes(id))).toEqual([]);
        expect(scenario.pickup.length).toBeGreaterThan(0);
        // Cleared optional fields are removed, never kept as undefined.
        expect(undefinedFields(scenario)).toEqual([]);
        expect(Object.getPrototypeOf(scenario.nodes)).toBe(Object.prototype);
        expect(Object.getPrototypeOf(scenario.endings)).toBe(Object.prototype);

        const paths = problemPaths(scenario);
        const exists = (to: string) => Object.hasOwn(scenario.nodes, to) || Object.hasOwn(scenario.endings, to);
        for (const [nodeId, each] of Object.entries(scenario.nodes)) {
          each.next.forEach((branch, index) => {
            if (!exists(branch.to)) expect(paths, `dangling ${nodeId} → ${branch.to}`).toContain(`nodes.${nodeId}.next[${index}].to`);
          });
        }
        scenario.pickup.forEach((pickup, index) => {
          // The schema checks pick-ups with `in`, so it misses "constructor"; left to the schema's owner.
          if (!Object.hasOwn(scenario.nodes, pickup.to) && !(pickup.to in Object.prototype)) expect(paths).toContain(`pickup[${index}].to`);
        });
      }),
      { numRuns: 300 },
    );
  });
});
