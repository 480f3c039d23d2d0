import { type Branch, type BranchCondition, type Ending, MAX_PICKUPS, type Scenario, type ScenarioNode } from '../../../domain/scenario/scenario-schema.ts';
import type { Dimension } from '../../../domain/scoring/score-types.ts';
import { renamePoint, uniqueId } from '../scenario-drafts.ts';
import { isPointId, isTakenPointId, pointIds } from './point-ids.ts';

type Persona = Scenario['persona'];
type Briefing = Scenario['briefing'];
type Pickup = Scenario['pickup'][number];

/** The fields of "About the call": the scenario's own settings. */
export type AboutChanges = Partial<Pick<Scenario, 'title' | 'id' | 'situation' | 'difficulty' | 'direction'>>;
/** The fields of a point a coach edits in place; its id changes only through `node.rename`. */
export type NodeChanges = Partial<Pick<ScenarioNode, 'speaker' | 'lines' | 'hint'>>;
/** The fields of a branch set directly; its condition changes through `branch.set-band` and `branch.set-mentions`. */
export type BranchChanges = Partial<Pick<Branch, 'to' | 'chance' | 'note'>>;

/** Where a branch is: the point it leaves from and its place in that point's list. */
interface BranchAt {
  nodeId: string;
  index: number;
}

/**
 * Every change the scenario editor makes to a draft, by name. Ids and indexes come from the page
 * and are checked: an action naming a point or branch that isn't there leaves the draft as it was.
 * A blank optional field (`hint`, `note`, `farewell`, a score band, `mentions`) is removed, not kept empty.
 */
export type EditorAction =
  | { type: 'about.update'; changes: AboutChanges }
  | { type: 'briefing.update'; changes: Partial<Briefing> }
  | { type: 'persona.update'; changes: Partial<Persona> }
  | { type: 'pickup.add' }
  | { type: 'pickup.update'; index: number; changes: Partial<Pickup> }
  | { type: 'pickup.remove'; index: number }
  /** `id` is what the coach typed; the point gets a free id based on it, or on "new-point". */
  | { type: 'node.add'; id: string }
  | { type: 'node.update'; nodeId: string; changes: NodeChanges }
  | { type: 'node.rename'; from: string; to: string }
  | { type: 'node.remove'; nodeId: string }
  | { type: 'branch.add'; nodeId: string }
  | ({ type: 'branch.update'; changes: BranchChanges } & BranchAt)
  | ({ type: 'branch.set-band'; dimension: Dimension; bound: 'atLeast' | 'below'; value: number | undefined } & BranchAt)
  | ({ type: 'branch.set-mentions'; mentions: readonly string[] } & BranchAt)
  | ({ type: 'branch.move-up' } & BranchAt)
  | ({ type: 'branch.remove' } & BranchAt)
  /** `id` is what the coach typed; the ending gets a free id based on it, or on "new-ending". */
  | { type: 'ending.add'; id: string }
  | { type: 'ending.update'; endingId: string; changes: Partial<Ending> }
  | { type: 'ending.rename'; from: string; to: string }
  | { type: 'ending.remove'; endingId: string };

/** How the editor hands an action to the draft. */
export type EditorDispatch = (action: EditorAction) => void;

const NEW_NODE_LINE = 'What would you like to say?';
const NEW_ENDING: Ending = { title: 'New ending', outcome: 'no', goal: 'What to aim for.', debrief: 'What the debrief says.' };

function isBlank(value: unknown): boolean {
  if (value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

/**
 * `record` without the listed keys whose values are blank. The schema rejects an empty `farewell`,
 * score band or `mentions` list, but accepts them left out, and a cleared box means "not set".
 */
function dropBlank<T extends object>(record: T, keys: readonly (keyof T)[] = Object.keys(record) as (keyof T)[]): T {
  const blank = new Set(keys.filter((key) => isBlank(record[key])));
  return Object.fromEntries(Object.entries(record).filter(([key]) => !blank.has(key as keyof T))) as T;
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}

function isIndexIn(list: readonly unknown[], index: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < list.length;
}

function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((each, at) => (at === index ? item : each));
}

function updateNode(scenario: Scenario, nodeId: string, change: (node: ScenarioNode) => ScenarioNode): Scenario {
  if (!Object.hasOwn(scenario.nodes, nodeId)) return scenario;
  return { ...scenario, nodes: { ...scenario.nodes, [nodeId]: change(scenario.nodes[nodeId] as ScenarioNode) } };
}

/** Changes a point's branch list, or nothing when the branch named is not there. */
function updateBranches(scenario: Scenario, { nodeId, index }: BranchAt, change: (next: readonly Branch[]) => Branch[]): Scenario {
  const node = Object.hasOwn(scenario.nodes, nodeId) ? scenario.nodes[nodeId] : undefined;
  if (!node || !isIndexIn(node.next, index)) return scenario;
  return updateNode(scenario, nodeId, () => ({ ...node, next: change(node.next) }));
}

function updateBranch(scenario: Scenario, at: BranchAt, change: (branch: Branch) => Branch): Scenario {
  return updateBranches(scenario, at, (next) => replaceAt(next, at.index, change(next[at.index] as Branch)));
}

function setCondition<K extends keyof BranchCondition>(branch: Branch, key: K, value: BranchCondition[K]): Branch {
  const when = dropBlank<BranchCondition>({ ...branch.when, [key]: value });
  return dropBlank({ ...branch, when }, ['when']);
}

function freePointId(scenario: Scenario, requested: string, fallback: string): string {
  return uniqueId(isPointId(requested) ? requested : fallback, new Set(pointIds(scenario)));
}

/**
 * Renames through `renamePoint`, so pick-ups, branches and the hostile ending follow. A rename to
 * a taken or malformed id is refused: it would merge two points or write an id the schema rejects.
 */
function renameIn(scenario: Scenario, kind: 'nodes' | 'endings', from: string, to: string): Scenario {
  if (!Object.hasOwn(scenario[kind], from) || !isPointId(to) || isTakenPointId(scenario, to)) return scenario;
  return renamePoint(scenario, from, to);
}

/**
 * The scenario after one editor action; the input is never changed. Removing a point leaves the
 * branches and pick-ups that led there in place, so the checks name each one for the coach to
 * retarget rather than their conditions and notes vanishing silently.
 */
export function editorReducer(scenario: Scenario, action: EditorAction): Scenario {
  switch (action.type) {
    case 'about.update':
      return { ...scenario, ...action.changes };
    case 'briefing.update':
      return { ...scenario, briefing: { ...scenario.briefing, ...action.changes } };
    case 'persona.update':
      return { ...scenario, persona: { ...scenario.persona, ...action.changes } };
    case 'pickup.add':
      if (scenario.pickup.length >= MAX_PICKUPS) return scenario;
      return { ...scenario, pickup: [...scenario.pickup, { to: Object.keys(scenario.nodes)[0] ?? '', weight: 1 }] };
    case 'pickup.update':
      if (!isIndexIn(scenario.pickup, action.index)) return scenario;
      return { ...scenario, pickup: replaceAt(scenario.pickup, action.index, { ...(scenario.pickup[action.index] as Pickup), ...action.changes }) };
    case 'pickup.remove':
      // Someone must pick up: the editor offers no way to remove the last pick-up.
      if (!isIndexIn(scenario.pickup, action.index) || scenario.pickup.length <= 1) return scenario;
      return { ...scenario, pickup: scenario.pickup.filter((_, at) => at !== action.index) };
    case 'node.add': {
      const id = freePointId(scenario, action.id, 'new-point');
      const node: ScenarioNode = { speaker: 'manager', lines: [NEW_NODE_LINE], next: [{ to: Object.keys(scenario.endings)[0] ?? id }] };
      return { ...scenario, nodes: { ...scenario.nodes, [id]: node } };
    }
    case 'node.update':
      return updateNode(scenario, action.nodeId, (node) => dropBlank({ ...node, ...action.changes }, ['hint']));
    case 'node.rename':
      return renameIn(scenario, 'nodes', action.from, action.to);
    case 'node.remove':
      return Object.hasOwn(scenario.nodes, action.nodeId) ? { ...scenario, nodes: without(scenario.nodes, action.nodeId) } : scenario;
    case 'branch.add':
      return updateNode(scenario, action.nodeId, (node) => ({ ...node, next: [...node.next, { to: pointIds(scenario)[0] ?? action.nodeId }] }));
    case 'branch.update':
      return updateBranch(scenario, action, (branch) => dropBlank({ ...branch, ...action.changes }, ['chance', 'note']));
    case 'branch.set-band':
      return updateBranch(scenario, action, (branch) => setCondition(branch, action.dimension, dropBlank({ ...branch.when?.[action.dimension], [action.bound]: action.value })));
    case 'branch.set-mentions': {
      const mentions = action.mentions.map((phrase) => phrase.trim()).filter(Boolean);
      return updateBranch(scenario, action, (branch) => setCondition(branch, 'mentions', mentions));
    }
    case 'branch.move-up':
      if (action.index === 0) return scenario;
      return updateBranches(scenario, action, (next) => replaceAt(replaceAt(next, action.index - 1, next[action.index] as Branch), action.index, next[action.index - 1] as Branch));
    case 'branch.remove':
      return updateBranches(scenario, action, (next) => next.filter((_, at) => at !== action.index));
    case 'ending.add':
      return { ...scenario, endings: { ...scenario.endings, [freePointId(scenario, action.id, 'new-ending')]: { ...NEW_ENDING } } };
    case 'ending.update':
      if (!Object.hasOwn(scenario.endings, action.endingId)) return scenario;
      return { ...scenario, endings: { ...scenario.endings, [action.endingId]: dropBlank({ ...(scenario.endings[action.endingId] as Ending), ...action.changes }, ['farewell']) } };
    case 'ending.rename':
      return renameIn(scenario, 'endings', action.from, action.to);
    case 'ending.remove':
      return Object.hasOwn(scenario.endings, action.endingId) ? { ...scenario, endings: without(scenario.endings, action.endingId) } : scenario;
    default:
      return scenario;
  }
}
