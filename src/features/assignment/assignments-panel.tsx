import { useState } from 'react';
import { FileButton, type PickedFile } from '../../components/file-button.tsx';
import { type Notice, NoticeView } from '../../components/problem-list.tsx';
import { routeHref } from '../../lib/route.ts';
import { useAppStore } from '../../store/app-store.ts';
import { type Assignment, parseAssignmentText } from '../../domain/assignment/assignment-format.ts';
import { AssignmentArrival } from './assignment-arrival.tsx';
import { assignmentProgress, goalsMet } from '../../domain/assignment/assignment-progress.ts';

/** The candidate's assignments on the home screen, and the way to open one sent as a file. */
export function AssignmentsPanel() {
  const assignments = useAppStore((state) => state.assignments);
  const calls = useAppStore((state) => state.calls);
  const [arrived, setArrived] = useState<Assignment | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const list = Object.values(assignments).sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));

  const openFile = ([file]: PickedFile[]) => {
    if (!file) return;
    const parsed = parseAssignmentText(file.text);
    if (!parsed.ok) {
      setArrived(null);
      setNotice({ tone: 'error', text: `${file.name} wasn't opened; nothing was changed.`, problems: parsed.problems });
      return;
    }
    setNotice(null);
    setArrived(parsed.value);
  };

  return (
    <section aria-labelledby="your-assignments-title" className="assignments-panel">
      <h2 id="your-assignments-title">Your assignments</h2>
      {list.length === 0 ? <p className="muted">A coach can send you an assignment as a link or a file: scenarios to practise, with goals.</p> : null}
      <ul>
        {list.map((assignment) => {
          const { met, total } = goalsMet(assignmentProgress(assignment.id, assignment.items, calls));
          return (
            <li key={assignment.id}>
              <a href={routeHref({ screen: 'assignment', assignmentId: assignment.id })}>{assignment.title}</a>{' '}
              <span className="muted">
                {met} of {total} goals met{assignment.due ? ` · due ${assignment.due}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
      <FileButton label="Assignment file to open" onFiles={openFile}>
        Open an assignment file
      </FileButton>
      <NoticeView notice={notice} />
      {arrived ? <AssignmentArrival assignment={arrived} onDone={() => setArrived(null)} /> : null}
    </section>
  );
}
