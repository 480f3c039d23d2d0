import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { deleteEverything, useAppStore } from '../../store/app-store.ts';

/** How much Callback keeps in this browser, in words, for the confirmation. */
function keptInWords(counts: { calls: number; scripts: number; scenarios: number; assignments: number; results: number }): string {
  const parts = [
    [counts.calls, 'call'],
    [counts.scripts, 'script'],
    [counts.scenarios, 'scenario'],
    [counts.assignments, 'assignment'],
    [counts.results, 'result file'],
  ] as const;
  return parts
    .filter(([count]) => count > 0)
    .map(([count, noun]) => `${count} ${noun}${count === 1 ? '' : 's'}`)
    .join(', ');
}

/**
 * "Delete everything", asked twice and only offered when there is something to delete: the
 * first press explains what will go and offers to keep it; only the second deletes.
 */
export function DeleteEverything({ onDone }: { onDone: (deleted: boolean) => void }) {
  const counts = useAppStore(
    useShallow((state) => ({
      calls: state.calls.length,
      scripts: Object.keys(state.scripts).length,
      scenarios: Object.keys(state.customScenarios).length,
      assignments: Object.keys(state.assignments).length,
      results: state.results.length,
    })),
  );
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);
  const kept = keptInWords(counts);
  if (kept === '') return null;

  const cancel = () => {
    setAsking(false);
    // Back to the button that opened the question, so the keyboard keeps its place.
    setTimeout(() => opener.current?.focus());
  };
  const confirm = async () => {
    setAsking(false);
    onDone(await deleteEverything());
  };

  if (!asking) {
    return (
      <button ref={opener} type="button" className="button" onClick={() => setAsking(true)}>
        Delete everything…
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby="delete-question" className="confirm">
      <p id="delete-question">Delete {kept} from this browser? This can't be undone. Export first if you want to keep them.</p>
      <button ref={keep} type="button" className="button" onClick={cancel}>
        Keep my data
      </button>{' '}
      <button type="button" className="button button-danger" onClick={() => void confirm()}>
        Delete everything
      </button>
    </div>
  );
}
