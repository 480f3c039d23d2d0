import { type ChangeEvent, useRef, useState } from 'react';
import type { FormatProblem } from '../lib/versioned-format.ts';
import { useAppStore } from '../store/app-store.ts';
import { buildDataFile, mergeDataFile, parseDataFile } from './data-file.ts';

type Message = { tone: 'ok'; text: string } | { tone: 'error'; text: string; problems: FormatProblem[] };

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** Export, import and delete: the candidate's words are theirs, and stay on this device otherwise. */
export function YourData() {
  const calls = useAppStore((state) => state.calls);
  const scripts = useAppStore((state) => state.scripts);
  const [message, setMessage] = useState<Message | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportData = () => {
    const file = buildDataFile(calls, scripts);
    download(`callback-data-${file.exportedAt.slice(0, 10)}.json`, JSON.stringify(file, null, 2));
    setMessage({ tone: 'ok', text: `Exported ${calls.length} call${calls.length === 1 ? '' : 's'} and your scripts.` });
  };

  const importData = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const parsed = parseDataFile(await file.text());
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
    if (!window.confirm('Delete every call and script saved in this browser? Export first if you want to keep them.')) return;
    useAppStore.setState({ calls: [], scripts: {} });
    setMessage({ tone: 'ok', text: 'Deleted all your calls and scripts from this browser.' });
  };

  return (
    <section aria-labelledby="data-title" className="your-data">
      <h2 id="data-title">Your data</h2>
      <p className="muted">Everything stays in this browser. Export it to keep a copy or move it to another device.</p>
      <div className="actions">
        <button type="button" className="button" onClick={exportData}>
          Export my data
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          Import a data file
        </button>
        <input ref={fileInput} type="file" accept="application/json,.json" hidden aria-label="Data file to import" onChange={importData} />
        <button type="button" className="button button-danger" onClick={deleteAll}>
          Delete everything
        </button>
      </div>
      <div aria-live="polite">
        {message ? (
          <div className={message.tone === 'error' ? 'notice notice-error' : 'notice'} role={message.tone === 'error' ? 'alert' : 'status'}>
            <p>{message.text}</p>
            {message.tone === 'error' ? (
              <ul>
                {message.problems.map((problem, index) => (
                  <li key={index}>
                    <code>{problem.path}</code>: {problem.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
