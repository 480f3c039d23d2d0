import { type ComponentType, lazy, type MouseEvent, Suspense, useEffect, useRef } from 'react';
import { MissingScreen } from '../components/missing-screen.tsx';
import { HomeScreen } from './home-screen.tsx';
import { ScreenBoundary, ScreenLoadError } from './screen-boundary.tsx';
import { StorageBanner } from '../components/storage-banner.tsx';
import { type Route, useRoute } from '../lib/route.ts';
import { useScenario } from '../store/find-scenario.ts';
import { useAppStore } from '../store/app-store.ts';
import type { CallRecord } from '../domain/call/call-record.ts';

/** A screen whose code loads when it is first shown. Failing to load is told apart from a bug in it: only loading again mends it. */
function lazyScreen<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => {
    try {
      return { default: await load() };
    } catch (error) {
      throw new ScreenLoadError(error);
    }
  });
}

// The scorer and its word lists load with these screens, after the first one is on screen.
const PrepareScreen = lazyScreen(() => import('../features/prepare/prepare-screen.tsx').then((module) => module.PrepareScreen));
const CallScreen = lazyScreen(() => import('../features/call/call-screen.tsx').then((module) => module.CallScreen));
const DrillScreen = lazyScreen(() => import('../features/drill/drill-screen.tsx').then((module) => module.DrillScreen));
const DebriefScreen = lazyScreen(() => import('../features/debrief/debrief-screen.tsx').then((module) => module.DebriefScreen));
const CoachScreen = lazyScreen(() => import('../features/coach/coach-screen.tsx').then((module) => module.CoachScreen));
const ScenarioEditor = lazyScreen(() => import('../features/coach/scenario-editor/scenario-editor.tsx').then((module) => module.ScenarioEditor));
const NewAssignmentScreen = lazyScreen(() => import('../features/assignment/new-assignment-screen.tsx').then((module) => module.NewAssignmentScreen));
const AssignmentScreen = lazyScreen(() => import('../features/assignment/assignment-screen.tsx').then((module) => module.AssignmentScreen));
const OpenAssignmentScreen = lazyScreen(() => import('../features/assignment/open-assignment-screen.tsx').then((module) => module.OpenAssignmentScreen));
const ReviewScreen = lazyScreen(() => import('../features/review/review-screen.tsx').then((module) => module.ReviewScreen));
const ReviewCallScreen = lazyScreen(() => import('../features/review/review-call-screen.tsx').then((module) => module.ReviewCallScreen));
const WorkshopScreen = lazyScreen(() => import('../features/workshop/workshop-screen.tsx').then((module) => module.WorkshopScreen));
const WorkshopRunScreen = lazyScreen(() => import('../features/workshop/workshop-run-screen.tsx').then((module) => module.WorkshopRunScreen));
const WorkshopSummaryScreen = lazyScreen(() => import('../features/workshop/workshop-summary-screen.tsx').then((module) => module.WorkshopSummaryScreen));

function NotFound({ what }: { what: string }) {
  return (
    <MissingScreen title={`${what} isn't here`}>
      It may have been deleted, or the link is incomplete. <a href="#/">Go to all calls</a>.
    </MissingScreen>
  );
}

/** Whether `id` would find a member that every object has, such as `constructor`, rather than anything saved under it. */
function namesInherited(record: object, id: string): boolean {
  return id in record && !Object.hasOwn(record, id);
}

type ScenarioRoute = Extract<Route, { screen: 'prepare' | 'call' }>;

/** A screen that plays a scenario, once its ids are known to name only what was saved. */
function ScenarioScreen({ route }: { route: ScenarioRoute }) {
  const customScenarios = useAppStore((state) => state.customScenarios);
  const assignments = useAppStore((state) => state.assignments);
  // Refused here, whatever the lookups further down do: no saved scenario or assignment answers to such an id.
  const inherited = namesInherited(customScenarios, route.scenarioId) || (route.assignmentId !== undefined && namesInherited(assignments, route.assignmentId));
  return inherited ? <NotFound what="That scenario" /> : <FoundScenarioScreen route={route} />;
}

/** A screen that plays a scenario: found among built-ins, the coach's own and assignments. */
function FoundScenarioScreen({ route }: { route: ScenarioRoute }) {
  const scenario = useScenario(route.scenarioId, route.assignmentId);
  if (!scenario) return <NotFound what="That scenario" />;
  if (route.screen === 'prepare') return <PrepareScreen scenario={scenario} assignmentId={route.assignmentId} />;
  return <CallScreen key={JSON.stringify(route)} scenario={scenario} seed={route.seed} assignmentId={route.assignmentId} />;
}

/** The assignment screen, for an id that names only what was saved. */
function AssignmentRoute({ assignmentId }: { assignmentId: string }) {
  const assignments = useAppStore((state) => state.assignments);
  // The assignment screen reads the record by plain key, where such an id would find Object's own members.
  return namesInherited(assignments, assignmentId) ? <NotFound what="That assignment" /> : <AssignmentScreen assignmentId={assignmentId} />;
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
      return <AssignmentRoute assignmentId={route.assignmentId} />;
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
    case 'not-found':
      return (
        <MissingScreen title="That page isn't here">
          The link may be mistyped or cut short. <a href="#/">Go to all calls</a>.
        </MissingScreen>
      );
  }
}

/** The heading of the screen on show: Suspense can keep a screen that is loading again hidden in place, and a hidden heading can't take focus. */
function visibleHeading(content: Element): HTMLElement | null {
  const heading = [...content.querySelectorAll('h1')].find((candidate) => candidate.getClientRects().length > 0);
  return heading instanceof HTMLElement ? heading : null;
}

function focusHeading(heading: HTMLElement) {
  heading.setAttribute('tabindex', '-1');
  heading.focus();
}

/** Picks the screen for the current route, and moves focus to its heading for screen readers. */
export function App() {
  const route = useRoute();
  const calls = useAppStore((state) => state.calls);
  const loading = useAppStore((state) => state.storage.phase === 'loading');
  const top = useRef<HTMLDivElement>(null);
  const routeKey = JSON.stringify(route);

  useEffect(() => {
    // Screens load lazily: focus the new screen's heading as soon as it is in the document.
    const content = top.current?.querySelector('#content');
    if (!content) return;
    const focusShown = (): boolean => {
      const heading = visibleHeading(content);
      if (heading) focusHeading(heading);
      return heading !== null;
    };
    if (focusShown()) return;
    const observer = new MutationObserver(() => {
      if (focusShown()) observer.disconnect();
    });
    observer.observe(content, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [routeKey]);

  // The hash is the route here, so following "#content" would leave the screen: move focus instead.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const content = top.current?.querySelector('#content');
    const heading = content ? visibleHeading(content) : null;
    if (heading) focusHeading(heading);
  };

  const screen = screenFor(route, routeKey, calls);
  return (
    <div ref={top} className="app">
      <a className="skip-link" href="#content" onClick={skipToContent}>
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
      <StorageBanner />
      <div id="content">
        {/* Keyed by route: leaving a screen that failed gives the next one a fresh start. */}
        <ScreenBoundary key={routeKey}>
          <Suspense
            fallback={
              <p className="screen" role="status">
                Loading…
              </p>
            }
          >
            {/* Screens read saved calls and scenarios: wait for them rather than say "not found" too soon. */}
            {loading ? (
              <p className="screen" role="status">
                Opening your saved calls…
              </p>
            ) : (
              screen
            )}
          </Suspense>
        </ScreenBoundary>
      </div>
    </div>
  );
}
