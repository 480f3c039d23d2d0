import { ownValue } from '../../lib/own.ts';
import { useId } from 'react';
import { outcomeLabel } from '../../domain/call/outcome-label.ts';
import { FindingList } from '../../components/finding-list.tsx';
import { MissingScreen } from '../../components/missing-screen.tsx';
import { ScoreMeters } from '../../components/score-meters.tsx';
import { Transcript } from '../../components/transcript.tsx';
import { routeHref } from '../../lib/route.ts';
import { resultKey } from '../../domain/result/result-file.ts';
import { useAppStore } from '../../store/app-store.ts';

function CommentBox({ reply, value, onChange }: { reply: number; value: string; onChange: (text: string) => void }) {
  const id = useId();
  return (
    <p className="field comment-box">
      <label htmlFor={id}>Your comment on reply {reply + 1}</label>
      <textarea id={id} rows={2} maxLength={4000} value={value} onChange={(event) => onChange(event.target.value)} />
    </p>
  );
}

/** One candidate's call, line by line, with a comment box under every reply. */
export function ReviewCallScreen({ resultKey: key, callId }: { resultKey: string; callId: string }) {
  const file = useAppStore((state) => state.results.find((each) => resultKey(each) === key));
  const drafts = useAppStore((state) => ownValue(ownValue(state.draftComments, key), callId));
  const writeComment = useAppStore((state) => state.writeComment);
  const call = file?.calls.find((each) => each.id === callId);
  if (!file || !call) {
    return (
      <MissingScreen title="That call isn't here">
        The results file may have been removed. <a href={routeHref({ screen: 'review' })}>Back to results</a>.
      </MissingScreen>
    );
  }
  const scenarios = file.source.kind === 'assignment' ? file.source.items : file.source.scenarios;
  const scenario = scenarios.find((each) => each.scenarioId === call.output.scenarioId);
  const outcome = outcomeLabel(call.output.outcome, 'reviewer');
  return (
    <main className="screen" aria-labelledby="review-call-title">
      <p>
        <a href={routeHref({ screen: 'review' })}>← Results</a>
      </p>
      <h1 id="review-call-title">
        {file.participant}: {scenario?.title ?? call.output.scenarioId}
      </h1>
      <p className="lede">
        {outcome} · {new Date(call.finishedAt).toLocaleString()}
      </p>
      <ScoreMeters scores={call.grade.scores} verdicts={call.grade.verdicts} />
      <p className="muted">Comments are saved as you type. Export them from the results table to send them back.</p>
      <Transcript
        output={call.output}
        managerName={scenario?.managerName ?? 'Manager'}
        candidateName={() => file.participant}
        underReply={({ turnIndex, turn }) => (
          <>
            <details>
              <summary>What the scorer found</summary>
              <FindingList findings={turn.score.findings} emptyText="Nothing moved the scores." />
            </details>
            <CommentBox reply={turnIndex} value={drafts?.[String(turnIndex)] ?? ''} onChange={(text) => writeComment(key, callId, turnIndex, text)} />
          </>
        )}
      />
    </main>
  );
}
