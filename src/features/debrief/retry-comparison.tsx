import { scoresInWords } from '../../components/score-meters.tsx';
import type { CallRecord } from '../../domain/call/call-record.ts';
import type { AssessedTurn } from '../../domain/call/call-types.ts';
import { useAppStore } from '../../store/app-store.ts';

function ReplyColumn({ caption, turn }: { caption: string; turn: AssessedTurn | undefined }) {
  return (
    <figure>
      <figcaption>{caption}</figcaption>
      {turn ? (
        <>
          <blockquote>{turn.reply}</blockquote>
          <p className="muted">{scoresInWords(turn.score)}</p>
        </>
      ) : (
        <p className="muted">No reply: the call ended before it.</p>
      )}
    </figure>
  );
}

/** After "Try this reply again": the old reply and the new one side by side, with their scores. */
export function RetryComparison({ record }: { record: CallRecord }) {
  const retryOf = record.retryOf;
  const earlier = useAppStore((state) => (retryOf ? state.calls.find((call) => call.id === retryOf.callId) : undefined));
  if (!retryOf) return null;
  return (
    <section aria-labelledby="retry-title" className="retry">
      <h2 id="retry-title">Reply {retryOf.turn + 1}, before and after</h2>
      {earlier ? (
        <div className="side-by-side">
          <ReplyColumn caption="Before" turn={earlier.output.turns[retryOf.turn]} />
          <ReplyColumn caption="This time" turn={record.output.turns[retryOf.turn]} />
        </div>
      ) : (
        <p className="muted">The earlier call has been deleted, so there is nothing to compare with.</p>
      )}
    </section>
  );
}
