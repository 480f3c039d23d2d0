import { isRecord } from '../lib/is-record.ts';
import { z } from 'zod';
import { DEFAULT_TIMING } from '../domain/call/call-types.ts';
import { validateScenario } from '../domain/scenario/scenario-format.ts';

/**
 * A call in progress, saved after every change so a reload resumes it. It lives outside the app
 * store on purpose: it is the call machine's own persisted snapshot, not app state.
 */
export const LIVE_CALL_KEY = 'callback:live-call';
const LIVE_CALL_VERSION = 2;

/**
 * Version 2 keeps the draft in the call and lets a call carry a reply deadline, an id prefix, its
 * assignment and, at the end, its record. A version 1 call (saved before) resumes with no draft,
 * no deadline, and the closing pause every call now has.
 */
export function liveCallV1ToV2(saved: Record<string, unknown>): Record<string, unknown> {
  const snapshot = isRecord(saved.snapshot) ? saved.snapshot : {};
  const context = isRecord(snapshot.context) ? snapshot.context : {};
  const timing = isRecord(context.timing) ? context.timing : {};
  return {
    ...saved,
    version: 2,
    snapshot: {
      ...snapshot,
      context: {
        ...context,
        timing: { ...DEFAULT_TIMING, ...timing },
        draft: '',
        replyDeadlineMs: null,
        replyDueAtMs: null,
        idPrefix: 'call',
        assignmentId: typeof saved.assignmentId === 'string' ? saved.assignmentId : undefined,
        record: null,
      },
    },
  };
}

const LIVE_CALL_STEPS: Readonly<Record<number, (saved: Record<string, unknown>) => Record<string, unknown>>> = { 1: liveCallV1ToV2 };

/** A saved call brought up to the current version, one named step at a time; anything else is left as it is (and will not parse). */
function upgraded(saved: unknown): unknown {
  if (!isRecord(saved) || typeof saved.version !== 'number') return saved;
  let current = saved;
  for (let from = saved.version; from < LIVE_CALL_VERSION; from++) {
    const step = LIVE_CALL_STEPS[from];
    if (!step) return saved;
    current = step(current);
  }
  return current;
}

const liveCallSchema = z.object({
  version: z.literal(LIVE_CALL_VERSION),
  scenarioId: z.string(),
  /** Set when the call is practice for an assignment, so resuming it still counts towards its goals. */
  assignmentId: z.string().optional(),
  savedAt: z.string(),
  snapshot: z.looseObject({
    status: z.literal('active'),
    value: z.union([z.string(), z.record(z.string(), z.unknown())]),
    // Calls saved before the reader kept what the candidate had said resume knowing nothing yet.
    context: z.looseObject({
      scenario: z.unknown(),
      transcript: z.array(z.unknown()),
      turns: z.array(z.unknown()),
      seed: z.number(),
      known: z.array(z.string()).default([]),
      draft: z.string(),
      replyDeadlineMs: z.number().nullable(),
    }),
  }),
});

/** A saved call that can be resumed. */
export type LiveCall = z.infer<typeof liveCallSchema>;

/** What reading the saved call found: nothing, a call to resume, or damaged data (discarded). */
export type LiveCallRead = { kind: 'none' } | { kind: 'found'; call: LiveCall } | { kind: 'damaged' };

export function readLiveCall(storage: Storage = localStorage): LiveCallRead {
  const text = storage.getItem(LIVE_CALL_KEY);
  if (text === null) return { kind: 'none' };
  try {
    const parsed = liveCallSchema.safeParse(upgraded(JSON.parse(text)));
    if (parsed.success && validateScenario(parsed.data.snapshot.context.scenario).ok) return { kind: 'found', call: parsed.data };
  } catch {
    // Falls through: unreadable JSON is damaged data like any other.
  }
  storage.removeItem(LIVE_CALL_KEY);
  return { kind: 'damaged' };
}

/** Which call is in progress: its scenario, and the assignment it counts towards, if any. */
export interface LiveCallPlace {
  scenarioId: string;
  assignmentId?: string;
}

export function saveLiveCall(place: LiveCallPlace, snapshot: unknown, storage: Storage = localStorage): void {
  const call = { version: LIVE_CALL_VERSION, ...place, savedAt: new Date().toISOString(), snapshot };
  try {
    storage.setItem(LIVE_CALL_KEY, JSON.stringify(call));
  } catch {
    // Storage full or disabled: the call goes on, it just won't survive a reload.
  }
}

export function clearLiveCall(storage: Storage = localStorage): void {
  storage.removeItem(LIVE_CALL_KEY);
}

/**
 * What opening a call screen should do with the saved call: resume it (same scenario, and the same
 * seed when the link names one), ask first because it is a different call in progress, or start
 * afresh. A link with a seed always means that call: it never resumes a different one silently.
 */
export type SavedCallChoice = { kind: 'resume'; call: LiveCall } | { kind: 'other-in-progress'; call: LiveCall } | { kind: 'none'; damaged: boolean };

export function choiceFor(read: LiveCallRead, scenarioId: string, seed?: number): SavedCallChoice {
  if (read.kind !== 'found') return { kind: 'none', damaged: read.kind === 'damaged' };
  const sameScenario = read.call.scenarioId === scenarioId;
  const sameSeed = seed === undefined || read.call.snapshot.context.seed === seed;
  return sameScenario && sameSeed ? { kind: 'resume', call: read.call } : { kind: 'other-in-progress', call: read.call };
}
