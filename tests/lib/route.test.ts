import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoute, type Route, routeHref } from '../../src/lib/route.ts';

describe('routes from the URL hash', () => {
  it('reads every screen, and a call seed', () => {
    expect(parseRoute('')).toEqual({ screen: 'home' });
    expect(parseRoute('#/prepare/ask-why')).toEqual({ screen: 'prepare', scenarioId: 'ask-why' });
    expect(parseRoute('#/call/appeal?seed=42')).toEqual({ screen: 'call', scenarioId: 'appeal', seed: 42 });
    expect(parseRoute('#/debrief/call-abc-1')).toEqual({ screen: 'debrief', callId: 'call-abc-1' });
  });

  it('ignores a malformed seed and shows anything hostile as not found', () => {
    expect(parseRoute('#/call/appeal?seed=-1')).toEqual({ screen: 'call', scenarioId: 'appeal' });
    expect(parseRoute('#/call/appeal?seed=abc')).toEqual({ screen: 'call', scenarioId: 'appeal' });
    expect(parseRoute('#/prepare/<script>alert(1)</script>')).toEqual({ screen: 'not-found' });
  });

  it('round-trips every route it writes', () => {
    const route = fc.oneof(
      fc.constant<Route>({ screen: 'home' }),
      fc.stringMatching(/^[a-z0-9-]{1,20}$/).map((scenarioId): Route => ({ screen: 'prepare', scenarioId })),
      fc.tuple(fc.stringMatching(/^[a-z0-9-]{1,20}$/), fc.option(fc.nat()), fc.option(fc.stringMatching(/^[a-z0-9-]{4,40}$/))).map(([scenarioId, seed, assignmentId]): Route => ({
        screen: 'call',
        scenarioId,
        ...(seed === null ? {} : { seed }),
        ...(assignmentId === null ? {} : { assignmentId }),
      })),
      fc.constantFrom<Route>({ screen: 'coach' }, { screen: 'review' }, { screen: 'workshop' }, { screen: 'new-assignment' }),
      fc.stringMatching(/^[a-z0-9-]{1,40}$/).map((scenarioId): Route => ({ screen: 'edit', scenarioId })),
      fc.stringMatching(/^[A-Za-z0-9_-]{1,400}$/).map((packed): Route => ({ screen: 'open', packed })),
      fc.tuple(fc.string({ minLength: 1, maxLength: 60 }), fc.stringMatching(/^[a-z0-9-]{1,40}$/)).map(([resultKey, callId]): Route => ({ screen: 'review-call', resultKey, callId })),
      fc.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/).map((code): Route => ({ screen: 'workshop-run', code })),
    );
    fc.assert(
      fc.property(route, (value) => {
        expect(parseRoute(routeHref(value))).toEqual(value);
      }),
    );
  });

  it('reads any hash as a route the app could have linked to itself, with only plain ids in it (property)', () => {
    const screens = ['prepare', 'call', 'debrief', 'edit', 'assignment', 'open', 'review-call', 'workshop-run', 'workshop-summary', 'coach', 'drill', 'nowhere'];
    const typed = fc
      .tuple(fc.constantFrom(...screens), fc.oneof(fc.string(), fc.stringMatching(/^[a-z0-9-]{1,12}$/)), fc.string(), fc.oneof(fc.string(), fc.constant('seed=42&assignment=a-1234')))
      .map(([screen, first, second, query]) => `#/${screen}/${first}/${second}?${query}`);
    fc.assert(
      fc.property(fc.oneof(fc.string(), typed), (hash) => {
        const route = parseRoute(hash);
        // Following the app's own link to this route shows the same screen: a bookmark never drifts.
        expect(parseRoute(routeHref(route))).toEqual(route);
        // Whatever was typed into the address bar, ids reach the screens only as plain slugs.
        for (const key of ['scenarioId', 'callId', 'assignmentId'] as const) {
          if (key in route) expect((route as Record<string, unknown>)[key]).toMatch(/^[a-z0-9-]{1,80}$/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
