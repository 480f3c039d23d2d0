import { builtinScenario } from '../../src/domain/scenario/builtin-scenarios.ts';
import { gradeCall } from '../../src/domain/scoring/grade-call.ts';
import type { CallRecord } from '../../src/domain/call/call-record.ts';
import { simulateCall } from './simulate-call.ts';

/** A finished call from real replies, as the history stores it, optionally for an assignment. */
export function playedCall(id: string, scenarioId: string, seed: number, replies: readonly string[], assignmentId?: string): CallRecord {
  const scenario = builtinScenario(scenarioId);
  if (!scenario) throw new Error(`no built-in ${scenarioId}`);
  const { output } = simulateCall(scenario, seed, replies);
  return { id, finishedAt: `2026-11-24T10:${String(seed % 60).padStart(2, '0')}:00.000Z`, output, grade: gradeCall(output.turns, output.outcome), ...(assignmentId ? { assignmentId } : {}) };
}

/** Replies that win over the change-of-heart manager: specific, owning the decision, polite. */
export const STRONG_CHANGE_OF_HEART = [
  "Hi Priya, it's Jordan Avery. Thank you for taking my call. Is now a good time for two minutes?",
  'Thank you. When I declined, I said the commute was the issue. Since then we moved to Elm Street, twelve minutes from your office, so that reason is gone. I made the wrong call, and I would like to ask whether the role is still open.',
  'I understand completely, and I appreciate your honesty. The team and the product were always my first choice. I can start on Monday.',
  'Thank you so much, Priya. I appreciate it, and I look forward to it.',
];

/** A change-of-heart call in which every reply loses points: dismissive, blaming and curt. */
export const WEAK_CHANGE_OF_HEART = ["hey it's me. whatever. things changed, kind of", 'Honestly you guys messed up the offer anyway.', 'Fine. Your loss.'];
