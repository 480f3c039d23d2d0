import { ownValue } from '../../lib/own.ts';
import { canonicalJson } from '../../lib/checksum.ts';
import { navigate } from '../../lib/route.ts';
import { useAppStore } from '../../store/app-store.ts';
import { type Assignment, itemScenario } from '../../domain/assignment/assignment-format.ts';
import { describeGoal } from '../../domain/assignment/goals.ts';

/**
 * An assignment that just arrived by link or file: what it asks, and the candidate's choice to
 * take it on. One already here with different content is replaced only when they say so.
 */
export function AssignmentArrival({ assignment, onDone }: { assignment: Assignment; onDone?: () => void }) {
  const existing = useAppStore((state) => ownValue(state.assignments, assignment.id));
  const saveAssignment = useAppStore((state) => state.saveAssignment);
  const same = existing !== undefined && canonicalJson(existing) === canonicalJson(assignment);
  const take = () => {
    saveAssignment(assignment);
    onDone?.();
    navigate({ screen: 'assignment', assignmentId: assignment.id });
  };
  const keep = () => {
    onDone?.();
    navigate({ screen: 'assignment', assignmentId: assignment.id });
  };
  return (
    <section className="arrival" aria-labelledby="arrival-title">
      <h2 id="arrival-title">{assignment.title}</h2>
      <p className="muted">
        {assignment.coach ? `From ${assignment.coach}. ` : ''}
        {assignment.due ? `Due ${assignment.due}.` : 'No due date.'}
      </p>
      {assignment.note ? <blockquote className="coach-note">{assignment.note}</blockquote> : null}
      <ul>
        {assignment.items.map((item) => {
          const scenario = itemScenario(item);
          return (
            <li key={item.scenarioId}>
              <strong>{scenario?.title ?? item.scenarioId}</strong>: {item.goals.map((goal) => describeGoal(goal, scenario)).join('; ')}
            </li>
          );
        })}
      </ul>
      {existing === undefined ? (
        <button type="button" className="button button-primary" onClick={take}>
          Start this assignment
        </button>
      ) : same ? (
        <button type="button" className="button button-primary" onClick={keep}>
          You have this assignment: open it
        </button>
      ) : (
        <div className="notice notice-warning" role="alert">
          <p>You already have a different version of this assignment. Your calls for it are kept either way.</p>
          <p className="actions">
            <button type="button" className="button button-primary" onClick={take}>
              Use this new version
            </button>
            <button type="button" className="button" onClick={keep}>
              Keep the one I have
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
