import { useState } from 'react';
import { FileButton, type PickedFile } from '../../components/file-button.tsx';
import { type Notice, NoticeView } from '../../components/problem-list.tsx';
import { download } from '../../lib/download.ts';
import { useAppStore } from '../../store/app-store.ts';
import { DeleteEverything } from './delete-everything.tsx';
import { hasRoomFor } from '../../lib/device/storage-estimate.ts';
import { DamagedRecords } from './damaged-records.tsx';
import { StorageUsage } from './storage-usage.tsx';
import { buildDataFile, mergeDataFile, parseDataFile } from '../../domain/history/data-file.ts';
import { countOf } from '../../lib/plural.ts';

/** Export, import and delete: the candidate's words are theirs, and stay on this device otherwise. */
export function YourData() {
  const calls = useAppStore((state) => state.calls);
  const scripts = useAppStore((state) => state.scripts);
  const importHistory = useAppStore((state) => state.importHistory);
  const [message, setMessage] = useState<Notice | null>(null);

  const exportData = () => {
    const file = buildDataFile(calls, scripts);
    download(`callback-data-${file.exportedAt.slice(0, 10)}.json`, JSON.stringify(file, null, 2));
    setMessage({ tone: 'ok', text: `Exported ${countOf(calls.length, 'call')} and your scripts.` });
  };

  const importData = async ([file]: PickedFile[]) => {
    if (!file) return;
    const parsed = parseDataFile(file.text);
    if (!parsed.ok) {
      setMessage({ tone: 'error', text: `${file.name} wasn't imported; nothing was changed.`, problems: parsed.problems.slice(0, 10) });
      return;
    }
    if (!(await hasRoomFor(file.text.length * 2))) {
      setMessage({
        tone: 'error',
        text: `${file.name} wasn't imported: this browser's storage for Callback hasn't room for it. Nothing was changed. Export and delete some calls, or free space on the device, then try again.`,
      });
      return;
    }
    const merged = mergeDataFile({ calls, scripts }, parsed.value);
    const known = new Set(calls.map((call) => call.id));
    const saved = await importHistory(
      parsed.value.calls.filter((call) => !known.has(call.id)),
      parsed.value.scripts,
    );
    setMessage(
      saved
        ? { tone: 'ok', text: `Imported ${countOf(merged.added, 'new call')} from ${file.name}.` }
        : { tone: 'error', text: `${file.name} couldn't be saved in this browser; see the message at the top of the page.` },
    );
  };

  const deleted = (done: boolean) => {
    // The button that asked is gone with the data: focus goes to the section, where the message is.
    document.getElementById('data-title')?.focus();
    setMessage(done ? { tone: 'ok', text: 'Deleted everything Callback kept in this browser.' } : { tone: 'error', text: "Callback couldn't delete your data in this browser; nothing was changed." });
  };

  return (
    <section aria-labelledby="data-title" className="your-data">
      <h2 id="data-title" tabIndex={-1}>
        Your data
      </h2>
      <p className="muted">Everything stays in this browser. Export it to keep a copy or move it to another device.</p>
      <StorageUsage />
      <DamagedRecords />
      <div className="actions">
        <button type="button" className="button" onClick={exportData}>
          Export my data
        </button>
        <FileButton label="Data file to import" onFiles={(files) => void importData(files)}>
          Import a data file
        </FileButton>
      </div>
      <DeleteEverything onDone={deleted} />
      <NoticeView notice={message} />
    </section>
  );
}
