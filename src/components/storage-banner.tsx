import { buildDataFile } from '../domain/history/data-file.ts';
import { download } from '../lib/download.ts';
import { useAppStore } from '../store/app-store.ts';
import { countOf } from '../lib/plural.ts';

/**
 * Says in words when saved data is at risk: a write that failed (with the unsaved calls offered
 * for export), or data this app opened read-only. Shown on every screen until it is dealt with.
 */
export function StorageBanner() {
  const storage = useAppStore((state) => state.storage);
  const retrySaving = useAppStore((state) => state.retrySaving);
  const { unsavedCalls, problem, phase, readOnlyReason } = storage;
  const exportUnsaved = () => {
    const file = buildDataFile(unsavedCalls, {});
    download(`callback-unsaved-calls-${file.exportedAt.slice(0, 10)}.json`, JSON.stringify(file, null, 2));
  };
  return (
    <>
      {phase === 'read-only' ? (
        <div className="notice notice-error storage-banner" role="alert">
          {readOnlyReason === 'newer-data'
            ? 'Your saved calls were last saved by a newer version of Callback, so this one has opened them read-only: nothing you do here will be saved, and nothing saved will be changed. Reload the page to get the newer version.'
            : "This browser isn't letting Callback keep anything (private browsing, or site storage turned off). You can still practise, but nothing will be saved: export anything you want to keep."}
        </div>
      ) : null}
      {problem !== null || unsavedCalls.length > 0 ? (
        <div className="notice notice-error storage-banner" role="alert">
          <p>
            {problem ?? "Some of your work wasn't saved."}{' '}
            {unsavedCalls.length > 0
              ? `${countOf(unsavedCalls.length, 'finished call is', 'finished calls are')} kept on this page only until you close it. Export to keep a copy.`
              : 'Free some space (export and delete old calls), then carry on.'}
          </p>
          {unsavedCalls.length > 0 ? (
            <p className="actions">
              <button type="button" className="button button-primary" onClick={exportUnsaved}>
                Export {unsavedCalls.length === 1 ? 'it' : 'them'}
              </button>
              <button type="button" className="button" onClick={() => void retrySaving(unsavedCalls)}>
                Try saving again
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
