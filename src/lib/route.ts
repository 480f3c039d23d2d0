import { useSyncExternalStore } from 'react';
import { z } from 'zod';

const scenarioId = z.string().regex(/^[a-z0-9-]{1,64}$/);

/** Where the app is. The hash is user-editable input, so it is parsed, never trusted. */
export type Route =
  | { screen: 'home' }
  | { screen: 'drill' }
  | { screen: 'prepare'; scenarioId: string }
  /** A seed in the link replays the same manager: for drills, and for tests. */
  | { screen: 'call'; scenarioId: string; seed?: number }
  | { screen: 'debrief'; callId: string };

const seedParam = z.coerce.number().int().min(0).max(0xffffffff);

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [screen, param] = path.split('/');
  const id = scenarioId.safeParse(param);
  if (screen === 'drill') return { screen };
  if (screen === 'prepare' && id.success) return { screen, scenarioId: id.data };
  if (screen === 'call' && id.success) {
    const seed = seedParam.safeParse(new URLSearchParams(query).get('seed') ?? undefined);
    return seed.success ? { screen, scenarioId: id.data, seed: seed.data } : { screen, scenarioId: id.data };
  }
  const callId = z.string().regex(/^[a-z0-9-]{1,80}$/).safeParse(param);
  if (screen === 'debrief' && callId.success) return { screen, callId: callId.data };
  return { screen: 'home' };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'home':
      return '#/';
    case 'drill':
      return '#/drill';
    case 'debrief':
      return `#/debrief/${route.callId}`;
    case 'call':
      return `#/call/${route.scenarioId}${route.seed === undefined ? '' : `?seed=${route.seed}`}`;
    default:
      return `#/${route.screen}/${route.scenarioId}`;
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
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '');
  return parseRoute(hash);
}
