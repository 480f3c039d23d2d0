import { outcomeLabel } from '../../domain/call/outcome-label.ts';
import { builtinScenario } from '../../domain/scenario/builtin-scenarios.ts';
import { worstFindings } from '../../domain/scoring/grade-call.ts';
import { overallScore } from '../../domain/scoring/score-types.ts';
import type { CallRecord } from '../../domain/call/call-record.ts';
import { isModelReply, redactName } from '../../domain/workshop/class-summary.ts';

function outcomeText(call: CallRecord): string {
  // A drill has no hang-up button: the only way a round is cut short is the clock.
  return call.output.outcome.kind === 'hung-up' ? 'Ran out of time' : outcomeLabel(call.output.outcome, 'reviewer');
}

/**
 * One participant's drill on a page: every round's scores, their best reply and one thing to work
 * on. `redact` is the real name to take out of their words when the facilitator anonymises.
 */
export function Scorecard({ name, calls, drillCode, redact }: { name: string; calls: readonly CallRecord[]; drillCode: string; redact?: string }) {
  const shown = (text: string) => (redact ? redactName(text, redact) : text);
  const rounds = [...calls].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
  const turns = rounds.flatMap((call) => call.output.turns);
  // The same test as the class's best replies, so the scorecard never praises a reply the summary won't.
  const best = turns.filter((turn) => isModelReply(turn.score.findings)).sort((a, b) => overallScore(b.score) - overallScore(a.score))[0];
  const toWorkOn = worstFindings(
    turns.flatMap((turn) => turn.score.findings),
    1,
  )[0];
  return (
    <article className="scorecard" aria-label={`Scorecard for ${name}`}>
      <h3>{name}</h3>
      <p className="muted">Drill {drillCode}</p>
      <table>
        <caption className="visually-hidden">Rounds for {name}</caption>
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Call</th>
            <th scope="col">Outcome</th>
            <th scope="col">Defensiveness</th>
            <th scope="col">Credibility</th>
            <th scope="col">Professionalism</th>
            <th scope="col">Gracious close</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((call, index) => (
            <tr key={call.id}>
              <th scope="row">{index + 1}</th>
              <td>{builtinScenario(call.output.scenarioId)?.title ?? call.output.scenarioId}</td>
              <td>{outcomeText(call)}</td>
              <td>{call.grade.scores.defensiveness}</td>
              <td>{call.grade.scores.credibility}</td>
              <td>{call.grade.scores.professionalism}</td>
              <td>{call.grade.closing.applies ? (call.grade.closing.gracious ? 'Yes' : 'Not yet') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {best ? (
        <p>
          <strong>Best reply:</strong> <q>{shown(best.reply)}</q>
        </p>
      ) : null}
      {toWorkOn ? (
        <p>
          <strong>One thing to work on:</strong> {toWorkOn.phrase ? <q>{shown(toWorkOn.phrase)}</q> : null} {toWorkOn.heard}
          {toWorkOn.better ? ` Try: ${toWorkOn.better}` : ''}
        </p>
      ) : null}
    </article>
  );
}
