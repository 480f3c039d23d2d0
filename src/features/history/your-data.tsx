import { useState } from 'react';
import { FileButton, type PickedFile } from '../../components/file-button.tsx';
import { type Notice, NoticeView } from '../../components/problem-list.tsx';
import { download } from '../../lib/download.ts';
import { useAppStore } from '../../store/app-store.ts';
import { buildDataFile, mergeDataFile, parseDataFile } from '../../domain/history/data-file.ts';

/** Export, import and delete: the candidate's words are theirs, and stay on this device otherwise. */
export function YourData() {
  const calls = useAppStore((state) => state.calls);
  const scripts = useAppStore((state) => state.scripts);
  const [message, setMessage] = useState<Notice | null>(null);

  const exportData = () => {
    const file = buildDataFile(calls, scripts);
    download(`callback-data-${file.exportedAt.slice(0, 10)}.json`, JSON.stringify(file, null, 2));
    setMessage({ tone: 'ok', text: `Exported ${calls.length} call${calls.length === 1 ? '' : 's'} and your scripts.` });
  };

  const importData = ([file]: PickedFile[]) => {
    if (!file) return;
    const parsed = parseDataFile(file.text);
    if (!parsed.ok) {
      setMessage({ tone: 'error', text: `${file.name} wasn't imported; nothing was changed.`, problems: parsed.problems.slice(0, 10) });
      return;
    }
    const state = useAppStore.getState();
    const merged = mergeDataFile(state, parsed.value);
    useAppStore.setState({ calls: merged.calls, scripts: merged.scripts });
    setMessage({ tone: 'ok', text: `Imported ${merged.added} new call${merged.added === 1 ? '' : 's'} from ${file.name}.` });
  };

  const deleteAll = () => {
    if (!window.confirm('Delete every call, script, assignment, scenario and result saved in this browser? Export first if you want to keep them.')) return;
    useAppStore.setState({ calls: [], scripts: {}, customScenarios: {}, assignments: {}, receivedComments: {}, results: [], draftComments: {} });
    setMessage({ tone: 'ok', text: 'Deleted everything Callback kept in this browser.' });
  };

  return (
    <section aria-labelledby="data-title" className="your-data">
      <h2 id="data-title">Your data</h2>
      <p className="muted">Everything stays in this browser. Export it to keep a copy or move it to another device.</p>
      <div className="actions">
        <button type="button" className="button" onClick={exportData}>
          Export my data
        </button>
        <FileButton label="Data file to import" onFiles={importData}>
          Import a data file
        </FileButton>
        <button type="button" className="button button-danger" onClick={deleteAll}>
          Delete everything
        </button>
      </div>
      <NoticeView notice={message} />
    </section>
  );
}
