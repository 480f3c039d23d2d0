import type { CallOutcome } from './call-types.ts';

/**
 * How a call ended, in a few words: the ending's title, or what cut it short. The candidate reads
 * "You hung up"; a coach reviewing someone else's call reads "Hung up".
 */
export function outcomeLabel(outcome: CallOutcome, reader: 'candidate' | 'reviewer'): string {
  if (outcome.kind === 'ending') return outcome.title;
  if (outcome.kind === 'hung-up') return reader === 'candidate' ? 'You hung up' : 'Hung up';
  return 'Line went quiet';
}
