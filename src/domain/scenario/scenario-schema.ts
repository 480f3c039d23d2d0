import { z } from 'zod';
import { KNOWN_FACTS } from '../reading/known-facts.ts';
import { MOVES } from '../reading/moves.ts';

/** The scenario file format this build writes. Older files are migrated up to it on load. */
export const SCENARIO_FORMAT_VERSION = 2;

/** The shape of a scenario, node or ending id, like "moved-on". */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The longest id accepted. */
export const ID_MAX_LENGTH = 64;

const id = z
  .string()
  .min(1, 'an id must not be empty')
  .max(ID_MAX_LENGTH, `an id must be at most ${ID_MAX_LENGTH} characters`)
  .regex(ID_PATTERN, 'an id is lower-case words joined by hyphens, like "moved-on"');

/** Characters that show nothing: a text made only of these (and spaces) is empty to a reader. */
const INVISIBLE = /[\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu;

/** Whether text has something a person can see, not only spaces and zero-width characters. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '').length > 0;
}

/** Text a person reads: trimmed, within `max`, and not made only of invisible characters. */
function visibleText(max: number, emptyMessage = 'must not be empty') {
  return (
    z
      .string()
      .trim()
      // An empty text is reported once, as empty, not also as invisible.
      .min(1, { message: emptyMessage, abort: true })
      .max(max, `must be at most ${max} characters`)
      .refine(hasVisibleText, 'has only invisible characters (zero-width spaces or joiners); write something a person can read')
  );
}

const line = visibleText(600, 'a line must not be empty');

/** Two or three wordings of one line, so repeat practice isn't a rerun. */
const wordings = z.array(line).min(1, 'give at least one wording').max(5, 'give at most five wordings');

const scoreBand = z
  .object({
    atLeast: z.number().min(0).max(100).optional(),
    below: z.number().min(0).max(100).optional(),
  })
  .strict()
  .refine((band) => band.atLeast !== undefined || band.below !== undefined, 'give atLeast, below or both')
  .refine((band) => band.atLeast === undefined || band.below === undefined || band.atLeast < band.below, {
    message: 'impossible band: no score is at least "atLeast" and below "below"; make atLeast smaller than below',
  });

const moveId = z.string().refine((move) => MOVES.has(move), { message: `not a move the reader knows; expected one of: ${[...MOVES.keys()].join(', ')}` });
const knownFact = z.enum(KNOWN_FACTS);
const mentions = z.array(visibleText(80)).min(1).max(40);

/**
 * What must be true of the candidate's reply for a branch to be taken. Every stated part must hold.
 * Scores are the scorer's 0-100 dimensions; `mentions` matches any of the phrases, ignoring case;
 * `heard` holds when the reader heard any of these moves in the reply; `known` when the candidate
 * has told the manager all of these facts, in this reply or earlier in the call.
 */
export const branchConditionSchema = z
  .object({
    defensiveness: scoreBand.optional(),
    credibility: scoreBand.optional(),
    professionalism: scoreBand.optional(),
    mentions: mentions.optional(),
    heard: z.array(moveId).min(1).max(34).optional(),
    known: z.array(knownFact).min(1).max(12).optional(),
  })
  .strict();

/**
 * Wordings a node uses instead of its plain `lines` once the candidate has said something: so the
 * manager only refers to a fact the candidate has actually given. The first that holds is used.
 */
export const lineVariantSchema = z
  .object({
    known: z.array(knownFact).min(1).max(12).optional(),
    /** Any of these phrases said anywhere earlier in the call. */
    mentions: mentions.optional(),
    lines: z.array(visibleText(600)).min(1).max(5),
  })
  .strict()
  .refine((variant) => variant.known !== undefined || variant.mentions !== undefined, 'give known, mentions or both');

/** How a scenario ends a call the moment the candidate turns hostile. */
export const hostileEndingSchema = z
  .object({
    heard: z.array(moveId).min(1).max(34),
    to: id,
  })
  .strict();

/**
 * One way out of a node. Branches are tried in order; the first whose condition holds and whose
 * chance roll succeeds is taken. A branch with neither `when` nor `chance` always applies.
 */
export const branchSchema = z
  .object({
    to: id,
    when: branchConditionSchema.optional(),
    /** The manager's tendency: how likely this branch is when its condition holds (seeded roll). */
    chance: z.number().gt(0, 'a chance is above 0').lt(1, 'a chance is below 1; leave it out for "always"').optional(),
    /** Why the manager goes this way: shown to coaches in the editor and in the graph. */
    note: z.string().max(300).optional(),
  })
  .strict();

/** Who can speak for the company. Declared once: the editor, the transcript and saved calls use this list. */
export const SPEAKERS = ['manager', 'gatekeeper', 'voicemail'] as const;
export const speakerSchema = z.enum(SPEAKERS);

/** A point in the call where someone on the company's side speaks and the candidate answers. */
export const nodeSchema = z
  .object({
    speaker: speakerSchema,
    lines: wordings,
    linesWhen: z.array(lineVariantSchema).max(10).optional(),
    next: z.array(branchSchema).max(20),
    /** What the candidate is expected to do here; a hint shown only in practice mode. */
    hint: z.string().max(300).optional(),
  })
  .strict();

/** How an ending leaves the candidate. Declared once, here. */
export const OUTCOMES = ['yes', 'open', 'no', 'voicemail', 'screened-out'] as const;
export const outcomeSchema = z.enum(OUTCOMES);

/** How a call ends. Endings with outcome "no" are where a gracious thank-you is checked. */
export const endingSchema = z
  .object({
    title: visibleText(80),
    outcome: outcomeSchema,
    /** The manager's last words before the line goes quiet. Optional: voicemail has none. */
    farewell: wordings.optional(),
    /** What the candidate should aim for when the call goes this way. */
    goal: visibleText(400),
    /** What the debrief says about reaching this ending. */
    debrief: visibleText(1200),
  })
  .strict();

export const personaSchema = z
  .object({
    name: visibleText(80),
    company: visibleText(80),
    role: visibleText(80),
    temperament: visibleText(200),
    /** Seconds of silence before the manager asks "are you still there?". */
    patienceSeconds: z.number().int().min(5).max(120).default(20),
  })
  .strict();

export const briefingSchema = z
  .object({
    story: visibleText(2000),
    /** What the candidate said before: when they declined, applied or were screened. */
    youSaid: visibleText(600),
    /** Facts the candidate may use, and the scorer checks replies against. */
    facts: z.array(visibleText(300)).max(20),
    goal: visibleText(400),
  })
  .strict();

/** The most ways a call can be answered; the editor offers no more. */
export const MAX_PICKUPS = 5;

export const pickupSchema = z
  .object({
    to: id,
    weight: z.number().positive().max(100),
  })
  .strict();

/** How hard a scenario is, easiest first. Declared once: the editor offers this list. */
export const DIFFICULTIES = ['gentle', 'moderate', 'hard'] as const;
export const difficultySchema = z.enum(DIFFICULTIES);

/** Who dials: the candidate (outgoing) or the company (incoming). Declared once: the editor offers this list. */
export const DIRECTIONS = ['outgoing', 'incoming'] as const;

const scenarioShape = z
  .object({
    version: z.literal(SCENARIO_FORMAT_VERSION),
    id,
    title: visibleText(80),
    situation: visibleText(200),
    difficulty: difficultySchema,
    /** Outgoing: the candidate dials. Incoming: the company calls the candidate. */
    direction: z.enum(DIRECTIONS).default('outgoing'),
    briefing: briefingSchema,
    persona: personaSchema,
    /** Who answers the phone, by weight: a node whose speaker is the manager, a gatekeeper or voicemail. */
    pickup: z.array(pickupSchema).min(1).max(MAX_PICKUPS),
    nodes: z.record(id, nodeSchema),
    endings: z.record(id, endingSchema),
    /** Threats, insults and contempt end the call here, whatever point it has reached. */
    onHostile: hostileEndingSchema.optional(),
  })
  .strict();

/** Every branch and pick-up must name a node or an ending that exists, and names are unique. */
export const scenarioSchema = scenarioShape.superRefine((scenario, ctx) => {
  const nodeIds = Object.keys(scenario.nodes);
  const endingIds = Object.keys(scenario.endings);
  const known = new Set([...nodeIds, ...endingIds]);
  const expected = `a node or ending id (one of: ${[...known].join(', ')})`;

  if (nodeIds.length === 0) ctx.addIssue({ code: 'custom', path: ['nodes'], message: 'a scenario needs at least one node' });
  if (endingIds.length === 0) ctx.addIssue({ code: 'custom', path: ['endings'], message: 'a scenario needs at least one ending' });
  for (const shared of nodeIds.filter((nodeId) => endingIds.includes(nodeId))) {
    ctx.addIssue({ code: 'custom', path: ['endings', shared], message: `"${shared}" is both a node and an ending; rename one` });
  }
  scenario.pickup.forEach((pickup, index) => {
    if (!Object.hasOwn(scenario.nodes, pickup.to)) {
      ctx.addIssue({ code: 'custom', path: ['pickup', index, 'to'], message: `"${pickup.to}" is not a node; expected a node id (one of: ${nodeIds.join(', ')})` });
    }
  });
  if (scenario.onHostile && !Object.hasOwn(scenario.endings, scenario.onHostile.to)) {
    ctx.addIssue({ code: 'custom', path: ['onHostile', 'to'], message: `"${scenario.onHostile.to}" is not an ending; expected one of: ${endingIds.join(', ')}` });
  }
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    node.next.forEach((branch, index) => {
      if (!known.has(branch.to)) {
        ctx.addIssue({ code: 'custom', path: ['nodes', nodeId, 'next', index, 'to'], message: `"${branch.to}" does not exist; expected ${expected}` });
      }
    });
  }
});

/** A validated scenario: the only shape the call machine and the app ever see. */
export type Scenario = z.infer<typeof scenarioSchema>;
/** A point in the call where the company's side speaks. */
export type ScenarioNode = z.infer<typeof nodeSchema>;
/** One way out of a node, with the condition and chance that decide it. */
export type Branch = z.infer<typeof branchSchema>;
/** What must hold of a reply for a branch to apply. */
export type BranchCondition = z.infer<typeof branchConditionSchema>;
/** Wordings used once the candidate has given certain facts. */
export type LineVariant = z.infer<typeof lineVariantSchema>;
/** How a call can end. */
export type Ending = z.infer<typeof endingSchema>;
/** The kind of result an ending represents. */
export type Outcome = z.infer<typeof outcomeSchema>;
/** Who is on the company's end of the line at a node. */
export type Speaker = z.infer<typeof speakerSchema>;
/** The scenario as written in a file, before defaults are applied. */
export type ScenarioFile = z.input<typeof scenarioSchema>;
