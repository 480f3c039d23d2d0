import { useMemo } from 'react';
import { AssignmentsPanel } from '../features/assignment/assignments-panel.tsx';
import { readLiveCall } from '../store/live-call-storage.ts';
import { outcomeLabel } from '../domain/call/outcome-label.ts';
import { ProgressChart } from '../features/history/progress-chart.tsx';
import { YourData } from '../features/history/your-data.tsx';
import { findScenario } from '../store/find-scenario.ts';
import { BUILTIN_SCENARIOS } from '../domain/scenario/builtin-scenarios.ts';
import { routeHref } from '../lib/route.ts';
import { overallScore } from '../domain/scoring/score-types.ts';
import { useAppStore } from '../store/app-store.ts';
import type { CallRecord } from '../domain/call/call-record.ts';

function overall(record: CallRecord): number {
  return overallScore(record.grade.scores);
}

const DIFFICULTY_LABEL = { gentle: 'Gentle', moderate: 'Moderate', hard: 'Hard' } as const;

/** The five calls as cards, with the candidate's last and best results, and the history. */
export function HomeScreen() {
  const calls = useAppStore((state) => state.calls);
  const liveCall = useMemo(() => readLiveCall(), []);
  const customScenarios = useAppStore((state) => state.customScenarios);
  const assignments = useAppStore((state) => state.assignments);
  const sources = { customScenarios, assignments };
  const continuing = liveCall.kind === 'found' ? findScenario(sources, liveCall.call.scenarioId, liveCall.call.assignmentId) : undefined;
  const continuingAssignment = liveCall.kind === 'found' ? liveCall.call.assignmentId : undefined;
  return (
    <main className="screen" aria-labelledby="home-title">
      <h1 id="home-title">Which call are you rehearsing?</h1>
      {continuing ? (
        <p className="notice">
          You have a call in progress with {continuing.persona.name}.{' '}
          <a className="button button-primary" href={routeHref({ screen: 'call', scenarioId: continuing.id, assignmentId: continuingAssignment })}>
            Continue the call
          </a>
        </p>
      ) : null}
      <p className="lede">Pick the call you need to make. Read the briefing, plan what you'll say, then make the call: the manager reacts to how your words land.</p>
      <ul className="cards">
        {BUILTIN_SCENARIOS.map((scenario) => {
          const mine = calls.filter((call) => call.output.scenarioId === scenario.id && !call.grade.abandoned);
          const last = mine[0];
          const best = mine.reduce<CallRecord | undefined>((top, call) => (!top || overall(call) > overall(top) ? call : top), undefined);
          return (
            <li key={scenario.id} className="card">
              <h2>{scenario.title}</h2>
              <p>{scenario.situation}</p>
              <p className="card-meta">
                <span className={`badge badge-${scenario.difficulty}`}>{DIFFICULTY_LABEL[scenario.difficulty]}</span>
                {last && best ? (
                  <span>
                    Last {overall(last)}/100 · Best {overall(best)}/100
                  </span>
                ) : (
                  <span>Not tried yet</span>
                )}
              </p>
              <a className="button button-primary" href={routeHref({ screen: 'prepare', scenarioId: scenario.id })}>
                Prepare <span className="visually-hidden">for {scenario.title}</span>
              </a>
            </li>
          );
        })}
      </ul>
      <AssignmentsPanel />
      <p className="drill-link">
        Short on time? <a href={routeHref({ screen: 'drill' })}>Practise the thank-you for a "no"</a>: a quick drill, scored on the close.
      </p>
      <section aria-labelledby="history-title" className="history">
        <h2 id="history-title">Your calls</h2>
        {calls.length === 0 ? (
          <p className="muted">Finished calls appear here, with their debriefs.</p>
        ) : (
          <ol className="history-list">
            {calls.slice(0, 20).map((call) => {
              const scenario = findScenario(sources, call.output.scenarioId, call.assignmentId);
              const outcome = outcomeLabel(call.output.outcome, 'candidate');
              return (
                <li key={call.id}>
                  <a href={routeHref({ screen: 'debrief', callId: call.id })}>
                    {scenario?.title ?? call.output.scenarioId}: {outcome}
                  </a>{' '}
                  <span className="muted">
                    {new Date(call.finishedAt).toLocaleString()} · score {overall(call)}
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <ProgressChart scenarios={BUILTIN_SCENARIOS} calls={calls} />
      <YourData />
    </main>
  );
}
