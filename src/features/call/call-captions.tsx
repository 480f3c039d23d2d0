import { useEffect, useRef } from 'react';
import type { TranscriptEntry } from '../../domain/call/call-types.ts';
import { speakerLabel } from '../../domain/call/speaker-label.ts';

/**
 * The call's captions as they happen: a live log a screen reader announces line by line. Each new
 * line scrolls into view just above the reply box, which stays at the bottom of the screen.
 */
export function CallCaptions({ transcript, managerName }: { transcript: readonly TranscriptEntry[]; managerName: string }) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const newest = list.current?.lastElementChild;
    if (!(newest instanceof HTMLElement)) return;
    const replyBox = list.current?.closest('main')?.querySelector('.reply');
    newest.style.scrollMarginBottom = `${(replyBox?.getBoundingClientRect().height ?? 0) + 8}px`;
    newest.scrollIntoView?.({ block: 'end' });
  }, [transcript.length]);
  return (
    <section aria-label="Captions" className="captions" role="log" aria-live="polite" aria-relevant="additions">
      <ol ref={list}>
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
