import { ownValue } from '../../lib/own.ts';
import { z } from 'zod';
import type { CallOutput } from '../call/call-types.ts';
import { DIMENSIONS } from '../scoring/score-types.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import type { CallGrade } from '../scoring/grade-call.ts';

const scenarioPartId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an id like "moved-on"')
  .max(64);
/** How many qualifying calls the goal asks for: "twice" is 2. */
const times = z.number().int('expected a whole number of times').min(1).max(20).default(1);
const scoreLimit = z.number().int().min(0).max(100);

/** The scored dimensions a goal can set a bar on. */

/**
 * A goal a coach sets on one scenario. Each counts the candidate's calls that qualify, and is met
 * when `times` of them do.
 */
export const goalSchema = z.discriminatedUnion('kind', [
  /** "Reach the start-tomorrow ending." */
  z.object({ kind: z.literal('reach-ending'), endingId: scenarioPartId, times }).strict(),
  /** "Professionalism 80 or more" (or "defensiveness 20 or less": lower is better there). */
  z
    .object({ kind: z.literal('score'), dimension: z.enum(DIMENSIONS), atLeast: scoreLimit.optional(), atMost: scoreLimit.optional(), times })
    .strict()
    .refine((goal) => (goal.atLeast === undefined) !== (goal.atMost === undefined), { message: 'give exactly one of atLeast or atMost', path: ['atLeast'] }),
  /** "A gracious thank-you on the moved-on branch twice": the call went through `throughNode` and closed graciously. */
  z.object({ kind: z.literal('gracious-close'), throughNode: scenarioPartId.optional(), times }).strict(),
  /** "Finish the call three times": any ending, rather than hanging up or going quiet. */
  z.object({ kind: z.literal('finish-call'), times }).strict(),
]);

/** One goal on one scenario. */
export type Goal = z.infer<typeof goalSchema>;
/** The kinds of goal a coach can choose from. */
export type GoalKind = Goal['kind'];

/** What a goal needs to know of a call. */
export interface GoalCall {
  output: Pick<CallOutput, 'outcome' | 'turns'>;
  grade: Pick<CallGrade, 'scores' | 'closing' | 'abandoned'>;
}

/** Whether one call counts towards a goal. */
export function callMeetsGoal(goal: Goal, call: GoalCall): boolean {
  const { outcome, turns } = call.output;
  switch (goal.kind) {
    case 'reach-ending':
      return outcome.kind === 'ending' && outcome.endingId === goal.endingId;
    case 'score': {
      // A call with no replies, or abandoned before the first question was answered, has no score to speak of.
      if (turns.length === 0 || call.grade.abandoned) return false;
      const value = call.grade.scores[goal.dimension];
      return goal.atLeast !== undefined ? value >= goal.atLeast : value <= (goal.atMost ?? 100);
    }
    case 'gracious-close':
      return call.grade.closing.applies && call.grade.closing.gracious && (goal.throughNode === undefined || turns.some((turn) => turn.nodeId === goal.throughNode));
    case 'finish-call':
      return outcome.kind === 'ending';
  }
}

/** How far along a goal is. */
export interface GoalProgress {
  count: number;
  needed: number;
  met: boolean;
}

export function goalProgress(goal: Goal, calls: readonly GoalCall[]): GoalProgress {
  const count = calls.filter((call) => callMeetsGoal(goal, call)).length;
  return { count, needed: goal.times, met: count >= goal.times };
}

function timesText(times: number): string {
  if (times === 1) return '';
  if (times === 2) return ' twice';
  return ` ${times} times`;
}

function humanise(id: string): string {
  return id.replace(/-/g, ' ');
}

/** The goal in words, as the candidate's checklist and the coach's table show it. */
export function describeGoal(goal: Goal, scenario: Scenario | undefined): string {
  switch (goal.kind) {
    case 'reach-ending': {
      const title = ownValue(scenario?.endings, goal.endingId)?.title ?? humanise(goal.endingId);
      return `Reach the "${title}" ending${timesText(goal.times)}`;
    }
    case 'score': {
      const bar = goal.atLeast !== undefined ? `${goal.atLeast} or more` : `${goal.atMost} or less`;
      const name = goal.dimension[0]?.toUpperCase() + goal.dimension.slice(1);
      return `${name} ${bar} on a call${timesText(goal.times)}`;
    }
    case 'gracious-close':
      return `A gracious thank-you${goal.throughNode ? ` on the "${humanise(goal.throughNode)}" branch` : ' after a no'}${timesText(goal.times)}`;
    case 'finish-call':
      return `See the call through to an ending${timesText(goal.times)}`;
  }
}

/** Problems with a goal against its scenario: an ending or node it names that isn't there. */
export function goalProblems(goal: Goal, scenario: Scenario): string | null {
  if (goal.kind === 'reach-ending' && !Object.hasOwn(scenario.endings, goal.endingId)) {
    return `"${goal.endingId}" is not an ending of "${scenario.title}" (its endings: ${Object.keys(scenario.endings).join(', ')})`;
  }
  if (goal.kind === 'gracious-close' && goal.throughNode !== undefined && !Object.hasOwn(scenario.nodes, goal.throughNode)) {
    return `"${goal.throughNode}" is not a point in "${scenario.title}" (its points: ${Object.keys(scenario.nodes).join(', ')})`;
  }
  return null;
}
