import type { Reading } from './read-reply.ts';

/**
 * What a reply settles for the rest of the call, as names a scenario's branches can test with
 * `known`: once the candidate has given a reason, the manager has no need to ask for one.
 */
export const KNOWN_FACTS = ['name', 'purpose', 'reason', 'evidence', 'omission', 'interest', 'start-date', 'terms', 'callback', 'learning', 'thanks', 'accepted'] as const;

/** One fact a reply can settle. */
export type KnownFact = (typeof KNOWN_FACTS)[number];

const FACT_OF_MOVE: ReadonlyMap<string, KnownFact> = new Map([
  ['introduces-self', 'name'],
  ['states-purpose', 'purpose'],
  ['gives-reason', 'reason'],
  ['gives-evidence', 'evidence'],
  ['explains-omission', 'omission'],
  ['states-interest', 'interest'],
  ['negotiates', 'terms'],
  ['gives-callback', 'callback'],
  ['asks-to-learn', 'learning'],
  ['thanks', 'thanks'],
  ['accepts-no', 'accepted'],
]);

/** The facts one reading settles, in KNOWN_FACTS order. */
export function knownFrom(reading: Reading): KnownFact[] {
  const known = new Set<KnownFact>();
  for (const heard of reading.moves) {
    const fact = FACT_OF_MOVE.get(heard.move);
    if (fact) known.add(fact);
    if (heard.move === 'commits' && reading.slots.dates.some((date) => date.start >= heard.start && date.end <= heard.end)) known.add('start-date');
  }
  if (reading.slots.phone) known.add('callback');
  if (reading.slots.question === 'when' && reading.slots.answered) known.add('start-date');
  return KNOWN_FACTS.filter((fact) => known.has(fact));
}
