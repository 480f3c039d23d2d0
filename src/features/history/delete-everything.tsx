import { ConfirmAction } from '../../components/confirm-action.tsx';
import { countOf } from '../../lib/plural.ts';
import { useShallow } from 'zustand/react/shallow';
import { deleteEverything, useAppStore } from '../../store/app-store.ts';

/** How much Callback keeps in this browser, in words, for the confirmation. */
function keptInWords(counts: { calls: number; scripts: number; scenarios: number; assignments: number; results: number; comments: number }): string {
  const parts = [
    [counts.calls, 'call'],
    [counts.scripts, 'script'],
    [counts.scenarios, 'scenario'],
    [counts.assignments, 'assignment'],
    [counts.results, 'result file'],
    [counts.comments, "coach's comment"],
  ] as const;
  return parts
    .filter(([count]) => count > 0)
    .map(([count, noun]) => countOf(count, noun))
    .join(', ');
}

/** "Delete everything", asked twice, and only offered when there is something to delete. */
export function DeleteEverything({ onDone }: { onDone: (deleted: boolean) => void }) {
  const counts = useAppStore(
    useShallow((state) => ({
      calls: state.calls.length,
      scripts: Object.keys(state.scripts).length,
      scenarios: Object.keys(state.customScenarios).length,
      assignments: Object.keys(state.assignments).length,
      results: state.results.length,
      comments: Object.keys(state.receivedComments).length + Object.keys(state.draftComments).length,
    })),
  );
  const kept = keptInWords(counts);
  if (kept === '') return null;
  return (
    <ConfirmAction
      label="Delete everything…"
      question={`Delete ${kept}, with any recordings and your settings, from this browser? This can't be undone. Export first if you want to keep them.`}
      keepLabel="Keep my data"
      confirmLabel="Delete everything"
      onConfirm={() => void deleteEverything().then(onDone)}
    />
  );
}
