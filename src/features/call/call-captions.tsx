import type { TranscriptEntry } from '../../domain/call/call-types.ts';
import { speakerLabel } from '../../domain/call/speaker-label.ts';

/** The call's captions as they happen: a live log a screen reader announces line by line. */
export function CallCaptions({ transcript, managerName }: { transcript: readonly TranscriptEntry[]; managerName: string }) {
  return (
    <section aria-label="Captions" className="captions" role="log" aria-live="polite" aria-relevant="additions">
      <ol>
        {transcript.map((entry, index) => (
          <li key={index} className={`line line-${entry.speaker === 'candidate' ? 'you' : 'them'}`}>
            <span className="line-who">{speakerLabel(entry.speaker, managerName)}</span>
            <span className="line-text">{entry.text}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
