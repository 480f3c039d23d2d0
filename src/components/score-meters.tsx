import { DIMENSION_LABELS, DIMENSIONS, type Dimension } from '../domain/scoring/score-types.ts';

/** Whether a score is good news: defensiveness is good when low. */
export function scoreTone(dimension: Dimension, value: number): 'good' | 'fair' | 'poor' {
  const goodness = dimension === 'defensiveness' ? 100 - value : value;
  if (goodness >= 75) return 'good';
  if (goodness >= 50) return 'fair';
  return 'poor';
}

/** A reply's three scores in one line of words, each with its scale. */
export function scoresInWords(scores: Record<Dimension, number>): string {
  return DIMENSIONS.map((dimension) => `${dimension} ${scores[dimension]} / 100`).join(' · ');
}

/** The three scores as labelled meters, with verdicts when given. */
export function ScoreMeters({ scores, verdicts }: { scores: Record<Dimension, number>; verdicts?: Record<Dimension, string> }) {
  return (
    <dl className="meters">
      {DIMENSIONS.map((dimension) => (
        <div key={dimension} className={`meter meter-${scoreTone(dimension, scores[dimension])}`}>
          <dt>{DIMENSION_LABELS[dimension]}</dt>
          <dd>
            <meter
              min={0}
              max={100}
              low={dimension === 'defensiveness' ? 25 : 50}
              high={dimension === 'defensiveness' ? 50 : 75}
              optimum={dimension === 'defensiveness' ? 0 : 100}
              value={scores[dimension]}
              aria-label={`${DIMENSION_LABELS[dimension]} ${scores[dimension]} out of 100`}
            />
            {/* The scale is shown, and which way is better: defensiveness is best at 0. */}
            <span className="meter-value">
              {scores[dimension]}
              <span className="meter-scale"> / 100{dimension === 'defensiveness' ? ', lower is better' : ''}</span>
            </span>
            {verdicts ? <span className="meter-verdict">{verdicts[dimension]}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
