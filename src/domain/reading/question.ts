import type { Clause } from './clauses.ts';
import type { MoveId } from './moves.ts';
import type { FoundFacts } from './slots.ts';

/** What kind of answer the manager's question wants. */
export type QuestionKind = 'why' | 'when' | 'terms' | 'specifics' | 'yes-no' | 'open';

/**
 * The manager's question, from the scenario's own line (not the candidate's words): the last
 * sentence that ends with a question mark, sorted by what it asks for.
 */
export function questionAsked(managerLine: string): QuestionKind | null {
  const questions = managerLine.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim().endsWith('?'));
  const question = questions[questions.length - 1]?.toLowerCase();
  if (!question) return null;
  if (/\bwhen\b|start date|how soon/.test(question)) return 'when';
  if (/\b(?:money|number|what would it take|salary|pay|package|terms)\b/.test(question)) return 'terms';
  if (/\bwhy\b|what changed|what'?s different|what happened|change of heart/.test(question)) return 'why';
  if (/\b(?:specifically|exactly|for example|such as|what experience|how much|how many|how long)\b/.test(question)) return 'specifics';
  if (/^\s*(?:and |okay,? |so,? |well,? )?(?:did|do|does|is|are|was|were|can|could|would|will|have|has|had|should|mind)\b/.test(question)) return 'yes-no';
  return 'open';
}

/** The moves that answer each kind of question. */
const ANSWERING_MOVES: Readonly<Record<QuestionKind, ReadonlySet<MoveId>>> = {
  why: new Set(['gives-reason', 'explains-omission', 'states-purpose', 'owns-mistake', 'gives-evidence']),
  when: new Set(['commits', 'negotiates']),
  terms: new Set(['negotiates', 'commits', 'gives-reason']),
  specifics: new Set(['gives-evidence', 'explains-omission', 'gives-reason']),
  'yes-no': new Set(['commits', 'accepts-no', 'states-interest', 'gives-reason', 'gives-evidence', 'acknowledges', 'states-purpose']),
  open: new Set(['states-purpose', 'gives-reason', 'gives-evidence', 'explains-omission', 'states-interest', 'asks-to-learn', 'asks-about-role', 'negotiates', 'commits']),
};

/** Whether one heard clause answers the question. A "when" is also answered by a date or a duration. */
export function answersQuestion(question: QuestionKind, clause: Clause & { move: MoveId }, facts: FoundFacts): boolean {
  if (ANSWERING_MOVES[question].has(clause.move)) return true;
  const inside = (value: { start: number; end: number }) => value.start >= clause.start && value.end <= clause.end;
  if (question === 'when') return facts.dates.some(inside) || facts.durations.some(inside);
  if (question === 'terms' || question === 'specifics') return facts.numbers.some(inside);
  return false;
}
