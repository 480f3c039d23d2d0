import { useEffect, useRef } from 'react';
import { CallScreen } from './call/call-screen.tsx';
import { DebriefScreen } from './debrief/debrief-screen.tsx';
import { HomeScreen } from './home/home-screen.tsx';
import { useRoute } from './lib/route.ts';
import { PrepareScreen } from './prepare/prepare-screen.tsx';
import { builtinScenario } from './scenario/builtin-scenarios.ts';
import { useAppStore } from './store/app-store.ts';

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
    const heading = top.current?.querySelector('h1');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }, [routeKey]);

  let screen;
  if (route.screen === 'home') screen = <HomeScreen />;
  else if (route.screen === 'debrief') {
    const record = calls.find((call) => call.id === route.callId);
    screen = record ? <DebriefScreen record={record} /> : <NotFound what="That call" />;
  } else {
    const scenario = builtinScenario(route.scenarioId);
    if (!scenario) screen = <NotFound what="That scenario" />;
    else if (route.screen === 'prepare') screen = <PrepareScreen scenario={scenario} />;
    else screen = <CallScreen key={routeKey} scenario={scenario} />;
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
      <div id="content">{screen}</div>
    </div>
  );
}
