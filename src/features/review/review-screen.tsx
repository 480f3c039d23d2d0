import { ownValue } from '../../lib/own.ts';
import { assignmentProgress, goalsMet } from '../../domain/assignment/assignment-progress.ts';
import { outcomeLabel } from '../../domain/call/outcome-label.ts';
import { describeGoal } from '../../domain/assignment/goals.ts';
import { download, fileSlug } from '../../lib/download.ts';
import { routeHref } from '../../lib/route.ts';
import { type ResultFile, resultKey } from '../../domain/result/result-file.ts';
import { findScenario } from '../../store/find-scenario.ts';
import { overallScore } from '../../domain/scoring/score-types.ts';
import { useAppStore } from '../../store/app-store.ts';
import { commentsFileText } from '../../domain/review/comments-file.ts';
import { buildCommentsFile } from '../../domain/review/comments-export.ts';
import { ImportResults } from '../../components/import-results.tsx';
import { countOf } from '../../lib/plural.ts';

type AssignmentResult = ResultFile & { source: Extract<ResultFile['source'], { kind: 'assignment' }> };

function isAssignmentResult(file: ResultFile): file is AssignmentResult {
  return file.source.kind === 'assignment';
}

/** One assignment's candidates by goals: a tick or a count in every cell. */
function AssignmentTable({ files }: { files: AssignmentResult[] }) {
  const drafts = useAppStore((state) => state.draftComments);
  const customScenarios = useAppStore((state) => state.customScenarios);
  const assignments = useAppStore((state) => state.assignments);
  const removeResults = useAppStore((state) => state.removeResults);
  const first = files[0] as AssignmentResult;
  const { items, title, assignmentId } = first.source;
  const columns = items.flatMap((item) => item.goals.map((goal, goalIndex) => ({ item, goal, goalIndex })));
  const scenarioFor = (scenarioId: string) => findScenario({ customScenarios, assignments }, scenarioId, assignmentId);

  const exportComments = (file: AssignmentResult) => {
    const comments = buildCommentsFile(file, drafts[resultKey(file)] ?? {});
    if (comments) download(`callback-comments-${fileSlug(file.participant, 'candidate')}.json`, commentsFileText(comments));
  };

  return (
    <section aria-labelledby={`review-${assignmentId}`} className="review-assignment">
      <h2 id={`review-${assignmentId}`}>{title}</h2>
      <div className="table-scroll" tabIndex={0} role="group" aria-label={`Results for ${title} (scrolls sideways)`}>
        <table className="results-table">
          <caption>Candidates by goals for "{title}"</caption>
          <thead>
            <tr>
              <th scope="col">Candidate</th>
              {columns.map(({ item, goal, goalIndex }) => (
                <th scope="col" key={`${item.scenarioId}-${goalIndex}`}>
                  <span className="muted">{item.title}:</span> {describeGoal(goal, scenarioFor(item.scenarioId))}
                </th>
              ))}
              <th scope="col">Goals met</th>
              <th scope="col">Calls</th>
              <th scope="col">Comments</th>
            </tr>
          </thead>
          <tbody>
            {files.map((file) => {
              const statuses = assignmentProgress(assignmentId, file.source.items, file.calls);
              const { met, total } = goalsMet(statuses);
              const key = resultKey(file);
              const commentCount = Object.values(ownValue(drafts, key) ?? {}).reduce((sum, byTurn) => sum + Object.values(byTurn).filter((text) => text.trim()).length, 0);
              return (
                <tr key={key}>
                  <th scope="row">
                    {file.participant}
                    <span className="muted"> · exported {new Date(file.exportedAt).toLocaleDateString()}</span>
                  </th>
                  {statuses.map((status) => (
                    <td key={`${status.scenarioId}-${status.goalIndex}`} className={status.met ? 'cell-met' : 'cell-unmet'}>
                      {status.met ? '✓ met' : `${status.count} of ${status.needed}`}
                    </td>
                  ))}
                  <td>
                    {met} of {total}
                  </td>
                  <td>
                    <ul className="call-links">
                      {file.calls.map((call, index) => (
                        <li key={call.id}>
                          <a href={routeHref({ screen: 'review-call', resultKey: key, callId: call.id })}>
                            Call {file.calls.length - index}
                            <span className="visually-hidden"> by {file.participant}</span>
                          </a>{' '}
                          <span className="muted">
                            {outcomeLabel(call.output.outcome, 'reviewer')} · {overallScore(call.grade.scores)}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <button type="button" className="button button-small" disabled={commentCount === 0} onClick={() => exportComments(file)}>
                      Export {countOf(commentCount, 'comment')} <span className="visually-hidden">for {file.participant}</span>
                    </button>{' '}
                    <button type="button" className="button button-small button-danger" onClick={() => window.confirm(`Remove ${file.participant}'s results?`) && removeResults(key)}>
                      Remove <span className="visually-hidden">{file.participant}'s results</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The coach imports candidates' result files and sees, per assignment, who met which goal. */
export function ReviewScreen() {
  const results = useAppStore((state) => state.results);
  const byAssignment = new Map<string, AssignmentResult[]>();
  for (const file of results.filter(isAssignmentResult)) byAssignment.set(file.source.assignmentId, [...(byAssignment.get(file.source.assignmentId) ?? []), file]);
  return (
    <main className="screen" aria-labelledby="review-title">
      <p>
        <a href={routeHref({ screen: 'coach' })}>← Coach</a>
      </p>
      <h1 id="review-title">Review results</h1>
      <p className="lede">Import the results files your candidates send. Goals are worked out again here from their calls, so the table always matches the transcripts.</p>
      <ImportResults label="Import results files" accept={(file) => (file.source.kind === 'assignment' ? null : 'this is a workshop drill result; import it on the Workshop screen')} />
      {byAssignment.size === 0 ? <p className="muted">No results yet.</p> : [...byAssignment.entries()].map(([id, files]) => <AssignmentTable key={id} files={files} />)}
    </main>
  );
}
