import type { AssessedTurn } from '../../domain/call/call-types.ts';
import { replyToRewrite, thingsToWorkOn } from '../../domain/scoring/debrief-advice.ts';
import { DIMENSION_LABELS, type Dimension } from '../../domain/scoring/score-types.ts';

/**
 * The top of the debrief: the three things most worth working on, and the weakest reply rewritten
 * from the findings' better wordings. An exemplary call is told so, not given invented faults.
 */
export function WorkOnPanel({ turns, scores }: { turns: readonly AssessedTurn[]; scores: Record<Dimension, number> }) {
  const items = thingsToWorkOn(turns, scores);
  const rewrite = replyToRewrite(turns);
  const before = rewrite ? turns[rewrite.turn] : undefined;
  return (
    <section aria-labelledby="work-on-title" className="work-on">
      <h2 id="work-on-title">{items.length > 0 ? `${items.length === 1 ? 'One thing' : `${items.length} things`} to work on` : 'Nothing to fix on this call'}</h2>
      {items.length > 0 ? (
        <ol className="work-on-list">
          {items.map((item, index) => (
            <li key={index}>
              <span className="work-on-dimension">{DIMENSION_LABELS[item.dimension]}</span> {item.heard}
              {item.example ? (
                <span className="work-on-example">
                  {' '}
                  In reply {item.example.turn + 1}: <q>{item.example.phrase}</q>
                </span>
              ) : null}
              {item.better ? <span className="work-on-better">Try: {item.better}</span> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>Every reply did its job. Keep the same shape next time: who you are, why you're calling, one checkable fact, and thanks.</p>
      )}
      {rewrite && before ? (
        <div className="rewrite">
          <h3>Reply {rewrite.turn + 1}, stronger</h3>
          <p className="muted">The reply that lost the most points, with each sentence that cost them replaced by a better wording. Fill the [brackets] with your own facts.</p>
          <div className="side-by-side">
            <figure>
              <figcaption>What you said</figcaption>
              <blockquote>{before.reply}</blockquote>
            </figure>
            <figure>
              <figcaption>A stronger version</figcaption>
              <blockquote>{rewrite.stronger}</blockquote>
            </figure>
          </div>
        </div>
      ) : null}
    </section>
  );
}
