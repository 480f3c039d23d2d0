import { findScenario } from '../../store/find-scenario.ts';
import { routeHref } from '../../lib/route.ts';
import type { LiveCall } from '../../store/live-call-storage.ts';
import { useAppStore } from '../../store/app-store.ts';

/** Asks before a new call replaces one still in progress: go back to it, or start this one. */
export function OtherCallInProgress({ call, onStartThisOne }: { call: LiveCall; onStartThisOne: () => void }) {
  const customScenarios = useAppStore((state) => state.customScenarios);
  const assignments = useAppStore((state) => state.assignments);
  const other = findScenario({ customScenarios, assignments }, call.scenarioId, call.assignmentId);
  const name = other ? `${other.persona.name} at ${other.persona.company}` : 'another manager';
  const resumeHref = routeHref({ screen: 'call', scenarioId: call.scenarioId, seed: call.snapshot.context.seed, ...(call.assignmentId ? { assignmentId: call.assignmentId } : {}) });
  return (
    <main className="screen" aria-labelledby="other-call-title">
      <h1 id="other-call-title">You have a call in progress</h1>
      <p>
        Your call with {name} isn't finished. Starting this call ends that one without a debrief. (Started {new Date(call.savedAt).toLocaleString()}.)
      </p>
      <p className="actions">
        <a className="button button-primary" href={resumeHref}>
          Go back to that call
        </a>
        <button type="button" className="button" onClick={onStartThisOne}>
          Start this call
        </button>
      </p>
    </main>
  );
}
