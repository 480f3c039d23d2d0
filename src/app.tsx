import { lazy, Suspense, useEffect, useRef } from 'react';
import { HomeScreen } from './home/home-screen.tsx';
import { useRoute } from './lib/route.ts';
import { builtinScenario } from './scenario/builtin-scenarios.ts';
import { useAppStore } from './store/app-store.ts';

// The scorer and its word lists load with these screens, after the first one is on screen.
const PrepareScreen = lazy(() => import('./prepare/prepare-screen.tsx').then((module) => ({ default: module.PrepareScreen })));
const CallScreen = lazy(() => import('./call/call-screen.tsx').then((module) => ({ default: module.CallScreen })));
const DrillScreen = lazy(() => import('./drill/drill-screen.tsx').then((module) => ({ default: module.DrillScreen })));
const DebriefScreen = lazy(() => import('./debrief/debrief-screen.tsx').then((module) => ({ default: module.DebriefScreen })));

function NotFound({ what }: { what: string }) {
  return (
    <main className="screen" aria-labelledby="missing-title">
      <h1 id="missing-title">{what} isn't here</h1>
      <p>
        It may have been deleted, or the link is incomplete. <a href="#/">Go to all calls</a>.
      </p>
    </main>
  );
}

/** Picks the screen for the current route, and moves focus to its heading for screen readers. */
export function App() {
  const route = useRoute();
  const calls = useAppStore((state) => state.calls);
  const top = useRef<HTMLDivElement>(null);
  const routeKey = JSON.stringify(route);

  useEffect(() => {
    // Screens load lazily: focus the new screen's heading as soon as it is in the document.
    const content = top.current?.querySelector('#content');
    if (!content) return;
    const focusHeading = (): boolean => {
      // While the next screen loads, Suspense keeps the old one hidden in place: skip hidden headings.
      const heading = [...content.querySelectorAll('h1')].find((candidate) => candidate.getClientRects().length > 0);
      if (!(heading instanceof HTMLElement)) return false;
      heading.setAttribute('tabindex', '-1');
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(content, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [routeKey]);

  let screen;
  if (route.screen === 'home') screen = <HomeScreen />;
  else if (route.screen === 'drill') screen = <DrillScreen key={routeKey} />;
  else if (route.screen === 'debrief') {
    const record = calls.find((call) => call.id === route.callId);
    screen = record ? <DebriefScreen record={record} /> : <NotFound what="That call" />;
  } else {
    const scenario = builtinScenario(route.scenarioId);
    if (!scenario) screen = <NotFound what="That scenario" />;
    else if (route.screen === 'prepare') screen = <PrepareScreen scenario={scenario} />;
    else screen = <CallScreen key={routeKey} scenario={scenario} seed={route.screen === 'call' ? route.seed : undefined} />;
  }
  return (
    <div ref={top} className="app">
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="app-header">
        <a href="#/" className="brand">
          Callback
        </a>
        <span className="tagline">Rehearse the call before you make it</span>
      </header>
      <div id="content">
        <Suspense fallback={<p className="screen" role="status">Loading…</p>}>{screen}</Suspense>
      </div>
    </div>
  );
}
