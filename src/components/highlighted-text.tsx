import type { Finding } from '../domain/scoring/score-types.ts';

interface Segment {
  start: number;
  end: number;
  findings: Finding[];
}

/** Splits text at finding boundaries, so overlapping findings each keep their part. */
export function segmentText(length: number, findings: readonly Finding[]): Segment[] {
  const spans = findings.filter((finding) => finding.end > finding.start && finding.end <= length);
  const cuts = new Set<number>([0, length]);
  for (const finding of spans) {
    cuts.add(finding.start);
    cuts.add(finding.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index] as number;
    const end = points[index + 1] as number;
    segments.push({ start, end, findings: spans.filter((finding) => finding.start <= start && finding.end >= end) });
  }
  return segments;
}

/** Whether a finding helps (green) or hurts (red) the candidate. */
export function findingTone(finding: Finding): 'good' | 'bad' {
  const helps = finding.dimension === 'defensiveness' ? finding.points < 0 : finding.points > 0;
  return helps ? 'good' : 'bad';
}

interface HighlightedTextProps {
  text: string;
  findings: readonly Finding[];
  /** When given, highlighted phrases are buttons that select their findings. */
  onSelect?: (findings: Finding[]) => void;
  selected?: readonly Finding[];
}

/** Text with its findings marked. Text is rendered as text, never as HTML. */
export function HighlightedText({ text, findings, onSelect, selected = [] }: HighlightedTextProps) {
  return (
    <span className="highlighted">
      {segmentText(text.length, findings).map((segment) => {
        const part = text.slice(segment.start, segment.end);
        if (segment.findings.length === 0) return <span key={segment.start}>{part}</span>;
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
