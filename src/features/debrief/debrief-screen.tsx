import { ownValue } from '../../lib/own.ts';
import { useState } from 'react';
import { ClosingChecklist } from '../../components/closing-checklist.tsx';
import { HighlightedText } from '../../components/highlighted-text.tsx';
import { ScoreMeters } from '../../components/score-meters.tsx';
import { saveLiveCall } from '../../store/live-call-storage.ts';
import { rewindTo } from '../../components/call/rewind.ts';
import { Transcript } from '../../components/transcript.tsx';
import { navigate, routeHref } from '../../lib/route.ts';
import { randomSeed } from '../../lib/seeded-random.ts';
import { useScenario } from '../../store/find-scenario.ts';
import { useAppStore } from '../../store/app-store.ts';
import type { Finding } from '../../domain/scoring/score-types.ts';
import type { CallRecord } from '../../domain/call/call-record.ts';
import { FindingExplanation } from './finding-explanation.tsx';
import { RetryComparison } from './retry-comparison.tsx';
import { WorkOnPanel } from './work-on-panel.tsx';
import { DeliveryStrip } from './delivery-strip.tsx';
import { RecordingPlayer } from './recording-player.tsx';
import { useCallDelivery } from '../../components/delivery/use-call-delivery.ts';
import { DELIVERY_TARGETS_TEXT } from '../../domain/delivery/delivery.ts';

/** The outcome, the grades, the closing check, and the transcript with every finding. */
export function DebriefScreen({ record }: { record: CallRecord }) {
  const scenario = useScenario(record.output.scenarioId, record.assignmentId);
  const comments = useAppStore((state) => ownValue(state.receivedComments, record.id));
  const { assignmentId } = record;
  const [selected, setSelected] = useState<{ turn: number; findings: Finding[] } | null>(null);
  const { outcome, turns } = record.output;
  const delivery = useCallDelivery(record.id, turns);
  const [deletedRecordings, setDeletedRecordings] = useState<ReadonlySet<number>>(new Set());
  const ending = outcome.kind === 'ending' ? ownValue(scenario?.endings, outcome.endingId) : undefined;
  const title = outcome.kind === 'ending' ? outcome.title : outcome.kind === 'hung-up' ? 'You hung up' : 'The line went quiet';

  // "Call again" is a new call: its own seed, so it never resumes an old one.
  const [nextSeed] = useState(randomSeed);
  const marker = (turnIndex: number) => (turnIndex === record.grade.bestTurn ? ' (your best reply)' : turnIndex === record.grade.worstTurn ? ' (your weakest reply)' : '');

  const tryAgain = (turn: number) => {
    if (!scenario) return;
    const snapshot = rewindTo(
      scenario,
      record.output.seed,
      turns.slice(0, turn).map((t) => t.reply),
      { ...(assignmentId ? { assignmentId } : {}), retryOf: { callId: record.id, turn } },
    );
    if (!snapshot) return;
    saveLiveCall({ scenarioId: scenario.id, assignmentId }, snapshot);
    navigate({ screen: 'call', scenarioId: scenario.id, seed: record.output.seed, assignmentId });
  };

  return (
    <main className="screen" aria-labelledby="debrief-title">
      <p>{assignmentId ? <a href={routeHref({ screen: 'assignment', assignmentId })}>← The assignment</a> : <a href={routeHref({ screen: 'home' })}>← All calls</a>}</p>
      <h1 id="debrief-title">{title}</h1>
      {ending ? <p className="lede">{ending.debrief}</p> : <p className="lede">The call ended before it reached an outcome. Try again and see it through.</p>}
      {ending ? (
        <p>
          <strong>What to aim for here:</strong> {ending.goal}
        </p>
      ) : null}
      {record.grade.abandoned ? (
        <section aria-labelledby="grades-title">
          <h2 id="grades-title">Not graded</h2>
          <p>The call ended before the manager's first question was answered, so it isn't scored and doesn't count towards your best or your progress.</p>
        </section>
      ) : (
        <section aria-labelledby="grades-title">
          <h2 id="grades-title">How it landed</h2>
          <ScoreMeters scores={record.grade.scores} verdicts={record.grade.verdicts} />
        </section>
      )}
      <RetryComparison record={record} />
      {record.grade.abandoned ? null : <WorkOnPanel turns={turns} scores={record.grade.scores} />}
      {delivery.call ? (
        <section aria-labelledby="delivery-title">
          <h2 id="delivery-title">How you sounded</h2>
          <p className="muted">
            From your {delivery.byTurn.size === 1 ? 'recording' : `${delivery.byTurn.size} recordings`}, measured on this device: nothing was sent anywhere. Targets: {DELIVERY_TARGETS_TEXT}.
          </p>
          <DeliveryStrip report={delivery.call} label="Delivery over the whole call" />
        </section>
      ) : null}
      {record.grade.closing.applies ? (
        <section aria-labelledby="closing-title" className={record.grade.closing.gracious ? 'closing closing-pass' : 'closing closing-fail'}>
          <h2 id="closing-title">The closing: {record.grade.closing.gracious ? 'a gracious thank-you' : 'not yet gracious'}</h2>
          <ClosingChecklist check={record.grade.closing} />
        </section>
      ) : null}
      <section aria-labelledby="transcript-title">
        <h2 id="transcript-title">The call, line by line</h2>
        <p className="muted">Select a highlighted phrase to see how the manager heard it.</p>
        {comments ? (
          <p className="notice">
            {comments.coach || 'Your coach'} commented on {Object.keys(comments.byTurn).length === 1 ? 'one of your replies' : `${Object.keys(comments.byTurn).length} of your replies`} (
            {comments.about}).
          </p>
        ) : null}
        <Transcript
          output={record.output}
          managerName={scenario?.persona.name ?? 'Manager'}
          candidateName={({ turnIndex }) => (turnIndex === null ? 'You' : `You${marker(turnIndex)}`)}
          replyText={({ turn, turnIndex }) => (
            <HighlightedText
              text={turn.reply}
              findings={turn.score.findings}
              onSelect={(findings) => setSelected({ turn: turnIndex, findings })}
              selected={selected?.turn === turnIndex ? selected.findings : []}
            />
          )}
          underReply={({ turnIndex }) => (
            <>
              <FindingExplanation
                findings={selected?.turn === turnIndex ? selected.findings : null}
                label={`How the manager heard your phrase in reply ${turnIndex + 1}`}
                onClose={() => setSelected(null)}
              />
              {deletedRecordings.has(turnIndex) ? null : (
                <RecordingPlayer callId={record.id} replyIndex={turnIndex} onDeleted={() => setDeletedRecordings(new Set([...deletedRecordings, turnIndex]))} />
              )}
              {delivery.byTurn.has(turnIndex) && !deletedRecordings.has(turnIndex) ? <DeliveryStrip report={delivery.byTurn.get(turnIndex)!} label={`How reply ${turnIndex + 1} sounded`} /> : null}
              {comments?.byTurn[String(turnIndex)] ? (
                <aside className="coach-comment" aria-label={`${comments.coach || 'Your coach'}'s comment on reply ${turnIndex + 1}`}>
                  <span className="line-who">{comments.coach || 'Your coach'} says</span> {comments.byTurn[String(turnIndex)]}
                </aside>
              ) : null}
              {scenario ? (
                <button type="button" className="button button-small" onClick={() => tryAgain(turnIndex)}>
                  Try this reply again<span className="visually-hidden"> (reply {turnIndex + 1})</span>
                </button>
              ) : null}
            </>
          )}
        />
      </section>
      <p className="actions">
        <a className="button button-primary" href={routeHref({ screen: 'call', scenarioId: record.output.scenarioId, seed: nextSeed, assignmentId })}>
          Call again
        </a>{' '}
        <a className="button" href={routeHref({ screen: 'prepare', scenarioId: record.output.scenarioId, assignmentId })}>
          Back to the script
        </a>
      </p>
    </main>
  );
}
