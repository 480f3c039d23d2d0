import type { Assessor } from '../../src/domain/call/call-types.ts';
import type { ReplyScore } from '../../src/domain/scoring/score-types.ts';

/**
 * How a reply lands, named. The machine is tested without the real scorer: a reply's first word
 * picks its profile, so a path can say "a defensive reply that mentions salary".
 */
export const PROFILES = {
  gracious: { defensiveness: 5, credibility: 90, professionalism: 95 },
  solid: { defensiveness: 20, credibility: 70, professionalism: 70 },
  middling: { defensiveness: 35, credibility: 58, professionalism: 58 },
  vague: { defensiveness: 15, credibility: 35, professionalism: 70 },
  defensive: { defensiveness: 80, credibility: 45, professionalism: 45 },
  rude: { defensiveness: 60, credibility: 40, professionalism: 15 },
  // Flat and short ("Yeah. Fine."): neither defensive nor polished, so the branches that tell the
  // two apart are explored.
  curt: { defensiveness: 10, credibility: 50, professionalism: 40 },
} as const satisfies Record<string, Omit<ReplyScore, 'findings'>>;

export type ProfileName = keyof typeof PROFILES;

/**
 * The first word picks the profile; "heard threatens." says the reader heard that move, and
 * "tells reason,evidence." that the reply settled those facts, so `heard` and `known` branches
 * are explored like any other.
 */
export const profileAssessor: Assessor = (reply) => {
  const name = reply.split(' ')[0] as ProfileName;
  const heard = /\bheard ([\w-]+)\./.exec(reply)?.[1];
  const told = /\btells ([\w,-]+)\./.exec(reply)?.[1];
  return {
    ...(Object.hasOwn(PROFILES, name) ? PROFILES[name] : PROFILES.middling),
    findings: [],
    heard: { moves: heard ? [{ move: heard, start: 0, end: reply.length, confidence: 1 }] : [], known: told ? told.split(',') : [] },
  };
};
