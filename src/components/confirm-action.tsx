import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface ConfirmActionProps {
  /** The first button, which only asks: "Delete everything…". */
  label: string;
  /** What will happen, in words, asked beside the two choices. */
  question: ReactNode;
  /** The button that does it. */
  confirmLabel: string;
  /** The button that backs out, and the one focused when the question opens. */
  keepLabel: string;
  onConfirm: () => void;
}

/**
 * A destructive action asked twice, inline rather than in a browser dialog: the first press says
 * what will go and focuses the safe choice; only the second press does it. Backing out returns
 * focus to the first button, so the keyboard keeps its place.
 */
export function ConfirmAction({ label, question, confirmLabel, keepLabel, onConfirm }: ConfirmActionProps) {
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  const keep = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);
  useEffect(() => {
    if (asking) keep.current?.focus();
    else if (returning.current) opener.current?.focus();
    returning.current = false;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={opener} type="button" className="button" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={questionId} className="confirm">
      <p id={questionId}>{question}</p>
      <button
        ref={keep}
        type="button"
        className="button"
        onClick={() => {
          returning.current = true;
          setAsking(false);
        }}
      >
        {keepLabel}
      </button>{' '}
      <button
        type="button"
        className="button button-danger"
        onClick={() => {
          // Back to the first button if it is still there afterwards; a caller whose button goes moves focus itself.
          returning.current = true;
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
    </div>
  );
}
