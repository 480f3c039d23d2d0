import { DIMENSION_LABELS, type Finding } from '../domain/scoring/score-types.ts';
import { findingTone } from './highlighted-text.tsx';

function pointsLabel(finding: Finding): string {
  const sign = finding.points > 0 ? '+' : '';
  return `${DIMENSION_LABELS[finding.dimension]} ${sign}${finding.points}`;
}

/** Findings as a readable list: the phrase, how the manager hears it, and a better wording. */
export function FindingList({ findings, emptyText }: { findings: readonly Finding[]; emptyText?: string }) {
  if (findings.length === 0) return emptyText ? <p className="muted">{emptyText}</p> : null;
  return (
    <ul className="findings">
      {findings.map((finding, index) => (
        <li key={`${finding.rule}-${finding.start}-${index}`} className={`finding finding-${findingTone(finding)}`}>
          <span className="finding-points">{pointsLabel(finding)}</span>
          {finding.phrase ? <q className="finding-phrase">{finding.phrase}</q> : <span className="finding-phrase">Whole reply</span>}
          <span className="finding-heard">{finding.heard}</span>
          {finding.better ? <span className="finding-better">Try: {finding.better}</span> : null}
        </li>
      ))}
    </ul>
  );
}
