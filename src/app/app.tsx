import { lazy, Suspense, useEffect, useRef } from 'react';
import { MissingScreen } from '../components/missing-screen.tsx';
import { HomeScreen } from './home-screen.tsx';
import { type Route, useRoute } from '../lib/route.ts';
import { useScenario } from '../store/find-scenario.ts';
import { useAppStore } from '../store/app-store.ts';
import type { CallRecord } from '../domain/call/call-record.ts';

// The scorer and its word lists load with these screens, after the first one is on screen.
const PrepareScreen = lazy(() => import('../features/prepare/prepare-screen.tsx').then((module) => ({ default: module.PrepareScreen })));
const CallScreen = lazy(() => import('../features/call/call-screen.tsx').then((module) => ({ default: module.CallScreen })));
const DrillScreen = lazy(() => import('../features/drill/drill-screen.tsx').then((module) => ({ default: module.DrillScreen })));
const DebriefScreen = lazy(() => import('../features/debrief/debrief-screen.tsx').then((module) => ({ default: module.DebriefScreen })));
const CoachScreen = lazy(() => import('../features/coach/coach-screen.tsx').then((module) => ({ default: module.CoachScreen })));
const ScenarioEditor = lazy(() => import('../features/coach/scenario-editor/scenario-editor.tsx').then((module) => ({ default: module.ScenarioEditor })));
const NewAssignmentScreen = lazy(() => import('../features/assignment/new-assignment-screen.tsx').then((module) => ({ default: module.NewAssignmentScreen })));
const AssignmentScreen = lazy(() => import('../features/assignment/assignment-screen.tsx').then((module) => ({ default: module.AssignmentScreen })));
const OpenAssignmentScreen = lazy(() => import('../features/assignment/open-assignment-screen.tsx').then((module) => ({ default: module.OpenAssignmentScreen })));
const ReviewScreen = lazy(() => import('../features/review/review-screen.tsx').then((module) => ({ default: module.ReviewScreen })));
const ReviewCallScreen = lazy(() => import('../features/review/review-call-screen.tsx').then((module) => ({ default: module.ReviewCallScreen })));
const WorkshopScreen = lazy(() => import('../features/workshop/workshop-screen.tsx').then((module) => ({ default: module.WorkshopScreen })));
const WorkshopRunScreen = lazy(() => import('../features/workshop/workshop-run-screen.tsx').then((module) => ({ default: module.WorkshopRunScreen })));
const WorkshopSummaryScreen = lazy(() => import('../features/workshop/workshop-summary-screen.tsx').then((module) => ({ default: module.WorkshopSummaryScreen })));

function NotFound({ what }: { what: string }) {
  return (
    <MissingScreen title={`${what} isn't here`}>
      It may have been deleted, or the link is incomplete. <a href="#/">Go to all calls</a>.
    </MissingScreen>
  );
}

/** A screen that plays a scenario: found among built-ins, the coach's own and assignments. */
function ScenarioScreen({ route }: { route: Extract<Route, { screen: 'prepare' | 'call' }> }) {
  const scenario = useScenario(route.scenarioId, route.assignmentId);
  if (!scenario) return <NotFound what="That scenario" />;
  if (route.screen === 'prepare') return <PrepareScreen scenario={scenario} assignmentId={route.assignmentId} />;
  return <CallScreen key={JSON.stringify(route)} scenario={scenario} seed={route.seed} assignmentId={route.assignmentId} />;
}

function screenFor(route: Route, routeKey: string, calls: readonly CallRecord[]) {
  switch (route.screen) {
    case 'home':
      return <HomeScreen />;
    case 'drill':
      return <DrillScreen key={routeKey} />;
    case 'debrief': {
      const record = calls.find((call) => call.id === route.callId);
      return record ? <DebriefScreen record={record} /> : <NotFound what="That call" />;
    }
    case 'prepare':
    case 'call':
      return <ScenarioScreen route={route} />;
    case 'coach':
      return <CoachScreen />;
    case 'edit':
      return <ScenarioEditor key={routeKey} scenarioId={route.scenarioId} />;
    case 'new-assignment':
      return <NewAssignmentScreen />;
    case 'assignment':
      return <AssignmentScreen assignmentId={route.assignmentId} />;
    case 'open':
      return <OpenAssignmentScreen key={routeKey} packed={route.packed} />;
    case 'review':
      return <ReviewScreen />;
    case 'review-call':
      return <ReviewCallScreen resultKey={route.resultKey} callId={route.callId} />;
    case 'workshop':
      return <WorkshopScreen />;
    case 'workshop-run':
      return <WorkshopRunScreen key={routeKey} code={route.code} />;
    case 'workshop-summary':
      return <WorkshopSummaryScreen code={route.code} />;
  }
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

  const screen = screenFor(route, routeKey, calls);
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
        <nav aria-label="Main" className="app-nav">
          <a href="#/">Practise</a>
          <a href="#/coach">Coach</a>
          <a href="#/workshop">Workshop</a>
        </nav>
      </header>
      <div id="content">
        <Suspense
          fallback={
            <p className="screen" role="status">
              Loading…
            </p>
          }
        >
          {screen}
        </Suspense>
      </div>
    </div>
  );
}
