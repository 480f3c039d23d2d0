import { useEffect, useRef } from 'react';
import { FindingList } from '../../components/finding-list.tsx';
import type { Finding } from '../../domain/scoring/score-types.ts';

/**
 * How the manager heard the selected phrase, opened right under its reply. The live region is
 * always there (empty until a phrase is chosen), so a screen reader announces what fills it; the
 * panel scrolls itself into view and comes next in the tab order.
 */
export function FindingExplanation({ findings, label, onClose }: { findings: readonly Finding[] | null; label: string; onClose: () => void }) {
  const panel = useRef<HTMLDivElement>(null);
  // Closing hands focus back to the phrase it explained, so the keyboard never loses its place.
  const close = () => {
    const phrase = panel.current?.closest('li')?.querySelector<HTMLButtonElement>('button[aria-pressed="true"]');
    onClose();
    phrase?.focus();
  };
  useEffect(() => {
    const still = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (findings) panel.current?.scrollIntoView?.({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
  }, [findings]);
  return (
    <div ref={panel} aria-live="polite" className={findings ? 'explanation explanation-open' : 'explanation'} onKeyDown={(event) => event.key === 'Escape' && findings && close()}>
      {findings ? (
        <section aria-label={label}>
          <h3>How the manager heard it</h3>
          <FindingList findings={findings} />
          <button type="button" className="button button-small" onClick={close}>
            Close<span className="visually-hidden"> the explanation</span>
          </button>
        </section>
      ) : null}
    </div>
  );
}
