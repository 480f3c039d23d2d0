import { type Goal, type GoalCall, type GoalProgress, goalProgress } from './goals.ts';

/** A goal with how far along it is, for a checklist row or a table cell. */
export interface GoalStatus extends GoalProgress {
  scenarioId: string;
  goalIndex: number;
  goal: Goal;
}

/** A call as an assignment's progress needs it: which scenario it played, and which assignment. */
export interface AssignmentCall extends GoalCall {
  output: GoalCall['output'] & { scenarioId: string };
  assignmentId?: string;
}

/**
 * Every goal of an assignment with its progress. Only calls made for this assignment count, so
 * practice before it arrived, or for another coach, doesn't tick anything off.
 */
export function assignmentProgress(assignmentId: string, items: readonly { scenarioId: string; goals: readonly Goal[] }[], calls: readonly AssignmentCall[]): GoalStatus[] {
  const mine = calls.filter((call) => call.assignmentId === assignmentId);
  return items.flatMap((item) => {
    const forScenario = mine.filter((call) => call.output.scenarioId === item.scenarioId);
    return item.goals.map((goal, goalIndex) => ({ scenarioId: item.scenarioId, goalIndex, goal, ...goalProgress(goal, forScenario) }));
  });
}

/** How many goals are met, of how many. */
export function goalsMet(statuses: readonly GoalStatus[]): { met: number; total: number } {
  return { met: statuses.filter((status) => status.met).length, total: statuses.length };
}
