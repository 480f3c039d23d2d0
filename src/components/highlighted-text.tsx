import { replyPieces } from '../domain/scoring/finding-spans.ts';
import { findingCost, type Finding } from '../domain/scoring/score-types.ts';

/** Whether a finding helps (green) or hurts (red) the candidate. */
export function findingTone(finding: Finding): 'good' | 'bad' {
  return findingCost(finding) < 0 ? 'good' : 'bad';
}

interface HighlightedTextProps {
  text: string;
  findings: readonly Finding[];
  /** When given, highlighted phrases are buttons that select their findings. */
  onSelect?: (findings: Finding[]) => void;
  selected?: readonly Finding[];
}

/**
 * Text with its findings marked, one mark per phrase (overlapping findings share one). The text
 * comes back exactly as given, spaces included, and is rendered as text, never as HTML.
 */
export function HighlightedText({ text, findings, onSelect, selected = [] }: HighlightedTextProps) {
  return (
    <span className="highlighted">
      {replyPieces(text, findings).map((segment) => {
        const part = text.slice(segment.start, segment.end);
        if (!segment.findings) return <span key={segment.start}>{part}</span>;
        const tone = segment.findings.some((finding) => findingTone(finding) === 'bad') ? 'bad' : 'good';
        const label = segment.findings.map((finding) => `${finding.dimension}: ${finding.heard}`).join(' ');
        if (!onSelect) {
          return (
            <mark key={segment.start} className={`mark mark-${tone}`} title={label}>
              {part}
            </mark>
          );
        }
        const isSelected = segment.findings.some((finding) => selected.includes(finding));
        return (
          <button
            type="button"
            key={segment.start}
            className={`mark mark-${tone}`}
            aria-pressed={isSelected}
            aria-label={`${part}. ${tone === 'bad' ? 'Cost points' : 'Earned points'}. Show how the manager heard it.`}
            onClick={() => onSelect(segment.findings)}
          >
            {part}
          </button>
        );
      })}
    </span>
  );
}
