import { useEffect, useRef, useState } from 'react';

/**
 * Hanging up. Once the candidate has said something, it asks first: a slip of the finger must not
 * end (and score) a call they meant to finish.
 */
export function HangUpButton({ enabled, askFirst, onHangUp }: { enabled: boolean; askFirst: boolean; onHangUp: () => void }) {
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  if (asking && enabled) {
    return (
      <span className="hang-up-check" role="group" aria-label="Hang up?">
        <span>Hang up now? The call ends and is kept as hung up.</span>
        <button ref={confirm} type="button" className="button button-danger" onClick={onHangUp}>
          Yes, hang up
        </button>
        <button type="button" className="button" onClick={() => setAsking(false)}>
          Stay on the call
        </button>
      </span>
    );
  }
  return (
    <button type="button" className="button button-danger" onClick={() => (askFirst ? setAsking(true) : onHangUp())} disabled={!enabled}>
      Hang up
    </button>
  );
}
