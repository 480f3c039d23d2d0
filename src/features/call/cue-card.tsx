import { SCRIPT_PART_TITLES, SCRIPT_PARTS } from '../../domain/script/script.ts';
import { routeHref } from '../../lib/route.ts';
import { ownValue } from '../../lib/own.ts';
import { useAppStore } from '../../store/app-store.ts';

/** The candidate's script on a card beside the call: folded away until they want it. */
export function CueCard({ scenarioId, assignmentId }: { scenarioId: string; assignmentId?: string }) {
  const script = useAppStore((state) => ownValue(state.scripts, scenarioId));
  const parts = SCRIPT_PARTS.filter((part) => (script?.[part] ?? '').trim() !== '');
  return (
    <details className="cue-card">
      <summary>Your script</summary>
      {parts.length === 0 ? (
        <p className="muted">
          You haven't written a script for this call. <a href={routeHref({ screen: 'prepare', scenarioId, assignmentId })}>Write one on the briefing</a>.
        </p>
      ) : (
        <dl>
          {parts.map((part) => (
            <div key={part}>
              <dt>{SCRIPT_PART_TITLES[part]}</dt>
              <dd>{script?.[part]}</dd>
            </div>
          ))}
        </dl>
      )}
    </details>
  );
}
