import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../../src/lib/route.ts';

describe('routes that name nothing', () => {
  it.each([
    '#/prepare/__proto__',
    '#/edit/toString',
    '#/debrief/hasOwnProperty',
    '#/assignment/__proto__',
    '#/review/x/constructor',
    '#/review-call/x/__proto__',
    '#/workshop-run/constructor',
    '#/workshop-summary/constructor',
    '#/nope',
    '#/constructor',
    '#/__proto__',
    '#/prepare',
    '#/debrief/',
    '#/coach/extra',
    '#/call/ask-why/extra',
    '#//coach',
    '#content',
  ])('reads %s as not found', (hash) => {
    expect(parseRoute(hash)).toEqual({ screen: 'not-found' });
  });

  it('still reads home, and a trailing slash, as before', () => {
    expect(parseRoute('')).toEqual({ screen: 'home' });
    expect(parseRoute('#')).toEqual({ screen: 'home' });
    expect(parseRoute('#/')).toEqual({ screen: 'home' });
    expect(parseRoute('#/coach/')).toEqual({ screen: 'coach' });
    expect(parseRoute('#/prepare/ask-why/')).toEqual({ screen: 'prepare', scenarioId: 'ask-why' });
    // The open screen explains a damaged assignment link in its own words.
    expect(parseRoute('#/open/')).toEqual({ screen: 'open', packed: '' });
  });

  it('passes on a plain id even when every object has a member of that name: the screens look it up as their own or not at all', () => {
    // A coach may name a scenario "constructor"; refusing it here would make it impossible to open.
    expect(parseRoute('#/call/constructor')).toEqual({ screen: 'call', scenarioId: 'constructor' });
    expect(parseRoute('#/assignment/constructor')).toEqual({ screen: 'assignment', assignmentId: 'constructor' });
  });

  it('has an address of its own that reads back as not found', () => {
    expect(parseRoute(routeHref({ screen: 'not-found' }))).toEqual({ screen: 'not-found' });
  });

  it('reads any path with a segment more than its screen takes as not found (property)', () => {
    const screens = ['drill', 'coach', 'review', 'workshop', 'new-assignment', 'prepare', 'call', 'debrief', 'edit', 'assignment', 'open', 'workshop-run', 'workshop-summary'];
    const segment = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
    fc.assert(
      fc.property(fc.constantFrom(...screens), fc.array(segment, { minLength: 2, maxLength: 4 }), (screen, segments) => {
        expect(parseRoute(`#/${screen}/${segments.join('/')}`)).toEqual({ screen: 'not-found' });
      }),
    );
  });
});
