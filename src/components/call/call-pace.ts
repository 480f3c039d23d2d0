import { createContext, useContext } from 'react';
import { z } from 'zod';
import { type CallTiming, DEFAULT_TIMING, QUICK_TIMING } from '../../domain/call/call-types.ts';

/** How fast calls move: a real call's pauses, or quick (for rehearsing at speed, and for browser tests). */
export type CallPace = 'natural' | 'quick';

const paceParam = z.enum(['natural', 'quick']).catch('natural');

/** The pace asked for in the page address (`?pace=quick`); anything else is the natural pace. */
export function paceFromSearch(search: string): CallPace {
  return paceParam.parse(new URLSearchParams(search).get('pace') ?? undefined);
}

export function timingFor(pace: CallPace): CallTiming {
  return pace === 'quick' ? QUICK_TIMING : DEFAULT_TIMING;
}

/** The pace every call in the app plays at; the app sets it once. */
export const CallPaceContext = createContext<CallPace>('natural');

export function useCallTiming(): CallTiming {
  return timingFor(useContext(CallPaceContext));
}
