import { useSyncExternalStore } from 'react';
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9-]{1,80}$/);
const drillCode = z.string().regex(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
const packedLink = z.string().regex(/^[A-Za-z0-9_-]{1,200000}$/);
const reviewKey = z.string().min(1).max(300);

/** Where the app is. The hash is user-editable input, so it is parsed, never trusted. */
export type Route =
  | { screen: 'home' }
  | { screen: 'drill' }
  | { screen: 'prepare'; scenarioId: string; assignmentId?: string }
  /** A seed in the link replays the same manager; an assignment id counts the call towards its goals. */
  | { screen: 'call'; scenarioId: string; seed?: number; assignmentId?: string }
  | { screen: 'debrief'; callId: string }
  | { screen: 'coach' }
  | { screen: 'edit'; scenarioId: string }
  | { screen: 'new-assignment' }
  | { screen: 'assignment'; assignmentId: string }
  /** An assignment carried whole in the link, packed. */
  | { screen: 'open'; packed: string }
  | { screen: 'review' }
  | { screen: 'review-call'; resultKey: string; callId: string }
  | { screen: 'workshop' }
  | { screen: 'workshop-run'; code: string }
  | { screen: 'workshop-summary'; code: string };

const seedParam = z.coerce.number().int().min(0).max(0xffffffff);

function optional<T>(schema: z.ZodType<T>, value: string | null | undefined): T | undefined {
  const parsed = schema.safeParse(value ?? undefined);
  return parsed.success ? parsed.data : undefined;
}

function withOptional<T extends object>(route: T, extras: Record<string, unknown>): T {
  const kept = Object.fromEntries(Object.entries(extras).filter(([, value]) => value !== undefined));
  return { ...route, ...kept };
}

function decode(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [screen, first, second] = path.split('/');
  const params = new URLSearchParams(query);
  const id = optional(slug, first);
  const assignmentId = optional(slug, params.get('assignment'));
  switch (screen) {
    case 'drill':
    case 'coach':
    case 'review':
    case 'workshop':
    case 'new-assignment':
      return { screen };
    case 'prepare':
      return id ? withOptional({ screen, scenarioId: id }, { assignmentId }) : { screen: 'home' };
    case 'call':
      return id ? withOptional({ screen, scenarioId: id }, { seed: optional(seedParam, params.get('seed')), assignmentId }) : { screen: 'home' };
    case 'debrief':
      return id ? { screen, callId: id } : { screen: 'home' };
    case 'edit':
      return id ? { screen, scenarioId: id } : { screen: 'coach' };
    case 'assignment':
      return id ? { screen, assignmentId: id } : { screen: 'home' };
    case 'open': {
      const packed = optional(packedLink, first);
      return packed ? { screen, packed } : { screen: 'open', packed: '' };
    }
    case 'review-call': {
      const resultKey = optional(reviewKey, decode(first));
      const callId = optional(slug, second);
      return resultKey && callId ? { screen, resultKey, callId } : { screen: 'review' };
    }
    case 'workshop-run':
    case 'workshop-summary': {
      const code = optional(drillCode, first);
      return code ? { screen, code } : { screen: 'workshop' };
    }
    default:
      return { screen: 'home' };
  }
}

function query(params: Record<string, string | number | undefined>): string {
  const entries = Object.entries(params).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries.map(([key, value]) => [key, String(value)])).toString()}`;
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'home':
      return '#/';
    case 'drill':
    case 'coach':
    case 'review':
    case 'workshop':
    case 'new-assignment':
      return `#/${route.screen}`;
    case 'prepare':
      return `#/prepare/${route.scenarioId}${query({ assignment: route.assignmentId })}`;
    case 'call':
      return `#/call/${route.scenarioId}${query({ seed: route.seed, assignment: route.assignmentId })}`;
    case 'debrief':
      return `#/debrief/${route.callId}`;
    case 'edit':
      return `#/edit/${route.scenarioId}`;
    case 'assignment':
      return `#/assignment/${route.assignmentId}`;
    case 'open':
      return `#/open/${route.packed}`;
    case 'review-call':
      return `#/review-call/${encodeURIComponent(route.resultKey)}/${route.callId}`;
    case 'workshop-run':
    case 'workshop-summary':
      return `#/${route.screen}/${route.code}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route, re-rendering on every hash change. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
  return parseRoute(hash);
}
