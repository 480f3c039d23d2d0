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
  | { screen: 'workshop-summary'; code: string }
  /** The hash names no screen, or carries what can't be an id: said in words, never a blank page. */
  | { screen: 'not-found' };

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

const NOT_FOUND: Route = { screen: 'not-found' };

type NamedScreen = Exclude<Route['screen'], 'home' | 'not-found'>;

/** How many path segments after the screen's name each screen takes. */
const SEGMENTS: Readonly<Record<NamedScreen, number>> = {
  drill: 0,
  coach: 0,
  review: 0,
  workshop: 0,
  'new-assignment': 0,
  prepare: 1,
  call: 1,
  debrief: 1,
  edit: 1,
  assignment: 1,
  open: 1,
  'review-call': 2,
  'workshop-run': 1,
  'workshop-summary': 1,
};

function isNamedScreen(name: string): name is NamedScreen {
  return Object.hasOwn(SEGMENTS, name);
}

/** Reads the hash into a route; anything that names no screen or carries a bad id is `not-found`. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  // A trailing slash is how people type links; it names nothing more.
  const [screen = '', ...rest] = path.replace(/\/+$/, '').split('/');
  if (screen === '') return rest.length === 0 ? { screen: 'home' } : NOT_FOUND;
  // Extra segments mean a damaged or invented link: refusing them keeps one address per screen.
  if (!isNamedScreen(screen) || rest.length > SEGMENTS[screen]) return NOT_FOUND;
  const [first, second] = rest;
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
      return id ? withOptional({ screen, scenarioId: id }, { assignmentId }) : NOT_FOUND;
    case 'call':
      return id ? withOptional({ screen, scenarioId: id }, { seed: optional(seedParam, params.get('seed')), assignmentId }) : NOT_FOUND;
    case 'debrief':
      return id ? { screen, callId: id } : NOT_FOUND;
    case 'edit':
      return id ? { screen, scenarioId: id } : NOT_FOUND;
    case 'assignment':
      return id ? { screen, assignmentId: id } : NOT_FOUND;
    case 'open': {
      // The open screen explains a damaged assignment link itself, better than "not found" could.
      const packed = optional(packedLink, first);
      return packed ? { screen, packed } : { screen: 'open', packed: '' };
    }
    case 'review-call': {
      const resultKey = optional(reviewKey, decode(first));
      const callId = optional(slug, second);
      return resultKey && callId ? { screen, resultKey, callId } : NOT_FOUND;
    }
    case 'workshop-run':
    case 'workshop-summary': {
      const code = optional(drillCode, first);
      return code ? { screen, code } : NOT_FOUND;
    }
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
    case 'not-found':
      return '#/not-found';
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
