import { ownValue } from '../../lib/own.ts';
import { useState } from 'react';
import { outcomeLabel } from '../../domain/call/outcome-label.ts';
import { FileButton, type PickedFile } from '../../components/file-button.tsx';
import { MissingScreen } from '../../components/missing-screen.tsx';
import { type Notice, NoticeView } from '../../components/problem-list.tsx';
import { download } from '../../lib/download.ts';
import { navigate, routeHref } from '../../lib/route.ts';
import { buildResultFile, resultFileName, resultFileText, summariseScenario } from '../../domain/result/result-file.ts';
import { parseCommentsText } from '../../domain/review/comments-file.ts';
import { useAppStore } from '../../store/app-store.ts';
import { itemScenario } from '../../domain/assignment/assignment-format.ts';
import { ShareAssignment } from './share-assignment.tsx';
import { assignmentProgress, goalsMet } from '../../domain/assignment/assignment-progress.ts';
import { describeGoal } from '../../domain/assignment/goals.ts';
import { countOf } from '../../lib/plural.ts';

/** "Due in 3 days", "due today", "2 days overdue", from the date alone. */
export function dueText(due: string | null, today = new Date()): string | null {
  if (!due) return null;
  const days = Math.round((Date.parse(`${due}T00:00:00`) - Date.parse(`${today.toISOString().slice(0, 10)}T00:00:00`)) / 86_400_000);
  if (days === 0) return `Due today (${due})`;
  if (days > 0) return `Due in ${countOf(days, 'day')} (${due})`;
  return `${-days} day${days === -1 ? '' : 's'} overdue (due ${due})`;
}

/** The candidate's view of an assignment: the coach's note, the goals ticking off, and the way back. */
export function AssignmentScreen({ assignmentId }: { assignmentId: string }) {
  const assignment = useAppStore((state) => ownValue(state.assignments, assignmentId));
  const calls = useAppStore((state) => state.calls);
  const receiveComments = useAppStore((state) => state.receiveComments);
  const deleteAssignment = useAppStore((state) => state.deleteAssignment);
  const [participant, setParticipant] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);

  if (!assignment) {
    return (
      <MissingScreen title="That assignment isn't here">
        Open the link or file your coach sent again. <a href={routeHref({ screen: 'home' })}>Go to all calls</a>.
      </MissingScreen>
    );
  }

  const mine = calls.filter((call) => call.assignmentId === assignment.id);
  const statuses = assignmentProgress(assignment.id, assignment.items, calls);
  const { met, total } = goalsMet(statuses);
  const due = dueText(assignment.due);

  const exportResults = () => {
    if (!participant.trim()) {
      setNotice({ tone: 'error', text: 'Add your name first, so your coach knows whose results these are.' });
      return;
    }
    const source = {
      kind: 'assignment' as const,
      assignmentId: assignment.id,
      title: assignment.title,
      coach: assignment.coach,
      items: assignment.items.map((item) => ({ ...summariseScenario(item.scenarioId, itemScenario(item)), goals: item.goals })),
    };
    const file = buildResultFile(participant, source, mine);
    download(resultFileName(file), resultFileText(file));
    setNotice({ tone: 'ok', text: `Saved your results: ${countOf(mine.length, 'call')}, ${met} of ${total} goals met. Send the file to ${assignment.coach || 'your coach'}.` });
  };

  const importComments = ([file]: PickedFile[]) => {
    if (!file) return;
    const parsed = parseCommentsText(file.text);
    if (!parsed.ok) {
      setNotice({ tone: 'error', text: `${file.name} wasn't imported; nothing was changed.`, problems: parsed.problems });
      return;
    }
    const known = new Set(calls.map((call) => call.id));
    const relevant = parsed.value.comments.filter((comment) => known.has(comment.callId));
    if (relevant.length === 0) {
      setNotice({ tone: 'error', text: `${file.name} has comments on calls that aren't in this browser. Import it where you made the calls.` });
      return;
    }
    const filed = receiveComments({ ...parsed.value, comments: relevant });
    setNotice({ tone: 'ok', text: `${parsed.value.coach || 'Your coach'} commented on ${countOf(filed, 'call')}. Open a call below to read them beside your replies.` });
  };

  const remove = () => {
    if (!window.confirm(`Remove "${assignment.title}" from this browser? Your calls stay in your history.`)) return;
    deleteAssignment(assignment.id);
    navigate({ screen: 'home' });
  };

  return (
    <main className="screen" aria-labelledby="assignment-title">
      <p>
        <a href={routeHref({ screen: 'home' })}>← All calls</a>
      </p>
      <h1 id="assignment-title">{assignment.title}</h1>
      <p className="muted">
        {assignment.coach ? `From ${assignment.coach}. ` : ''}
        {due ?? 'No due date.'}
      </p>
      {assignment.note ? <blockquote className="coach-note">{assignment.note}</blockquote> : null}
      <p className="progress-summary" role="status">
        {met} of {countOf(total, 'goal')} met
      </p>
      {assignment.items.map((item) => {
        const scenario = itemScenario(item);
        return (
          <section key={item.scenarioId} className="assignment-item" aria-labelledby={`item-${item.scenarioId}`}>
            <h2 id={`item-${item.scenarioId}`}>{scenario?.title ?? item.scenarioId}</h2>
            {scenario ? <p>{scenario.situation}</p> : null}
            <ul className="goal-checklist" aria-label={`Goals for ${scenario?.title ?? item.scenarioId}`}>
              {statuses
                .filter((status) => status.scenarioId === item.scenarioId)
                .map((status) => (
                  <li key={status.goalIndex} className={status.met ? 'goal goal-met' : 'goal'}>
                    <span className="goal-mark" aria-hidden="true">
                      {status.met ? '✓' : '○'}
                    </span>
                    <span className="visually-hidden">{status.met ? 'Met: ' : 'Not yet: '}</span>
                    {describeGoal(status.goal, scenario)}
                    {status.needed > 1 ? (
                      <span className="muted">
                        {' '}
                        ({Math.min(status.count, status.needed)} of {status.needed})
                      </span>
                    ) : null}
                  </li>
                ))}
            </ul>
            <p className="actions">
              <a className="button button-primary" href={routeHref({ screen: 'prepare', scenarioId: item.scenarioId, assignmentId: assignment.id })}>
                Prepare <span className="visually-hidden">for {scenario?.title}</span>
              </a>{' '}
              <a className="button" href={routeHref({ screen: 'call', scenarioId: item.scenarioId, assignmentId: assignment.id })}>
                Make the call <span className="visually-hidden">for {scenario?.title}</span>
              </a>
            </p>
          </section>
        );
      })}
      <section aria-labelledby="assignment-calls">
        <h2 id="assignment-calls">Your calls for this assignment</h2>
        {mine.length === 0 ? (
          <p className="muted">Calls you make from here count towards the goals.</p>
        ) : (
          <ol>
            {mine.map((call) => (
              <li key={call.id}>
                <a href={routeHref({ screen: 'debrief', callId: call.id })}>{outcomeLabel(call.output.outcome, 'candidate')}</a>{' '}
                <span className="muted">{new Date(call.finishedAt).toLocaleString()}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="send-results">
        <h2 id="send-results">Send your results</h2>
        <p className="muted">One file with these calls' transcripts, scores and goals. Nothing leaves this browser until you send it.</p>
        <p className="field">
          <label htmlFor="participant-name">Your name</label>
          <input id="participant-name" type="text" value={participant} maxLength={80} autoComplete="name" onChange={(event) => setParticipant(event.target.value)} />
        </p>
        <p className="actions">
          <button type="button" className="button button-primary" onClick={exportResults}>
            Export my results
          </button>
          <FileButton label="Comments file from your coach" onFiles={importComments}>
            Import your coach's comments
          </FileButton>
        </p>
        <NoticeView notice={notice} />
      </section>
      <ShareAssignment assignment={assignment} />
      <p>
        <button type="button" className="button button-danger" onClick={remove}>
          Remove this assignment
        </button>
      </p>
    </main>
  );
}
