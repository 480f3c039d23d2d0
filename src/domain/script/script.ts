import { z } from 'zod';

/** The parts of a call a candidate plans in the script pad. */
export const SCRIPT_PARTS = ['opening', 'reason', 'ask', 'thankYou'] as const;
export type ScriptPart = (typeof SCRIPT_PARTS)[number];
export type Script = Record<ScriptPart, string>;

export const EMPTY_SCRIPT: Script = { opening: '', reason: '', ask: '', thankYou: '' };

/** A saved script, as stored and exported. */
export const scriptSchema = z.object({ opening: z.string(), reason: z.string(), ask: z.string(), thankYou: z.string() });

/** Each part's title as the candidate reads it, on the briefing and on the call's cue card. */
export const SCRIPT_PART_TITLES: Readonly<Record<ScriptPart, string>> = { opening: 'Opening', reason: 'Your reason', ask: 'Your ask', thankYou: 'Your thank-you for a "no"' };
