import { useState } from 'react';
import { FileButton, type PickedFile } from './file-button.tsx';
import { type Notice, NoticeView } from './problem-list.tsx';
import { parseResultText, type ResultFile } from '../domain/result/result-file.ts';
import { useAppStore } from '../store/app-store.ts';
import { hasRoomFor } from '../lib/device/storage-estimate.ts';
import { countOf } from '../lib/plural.ts';

/**
 * Imports many result files at once. Each is checked on its own: a bad one is listed with its
 * problems and the good ones still come in.
 */
export function ImportResults({ accept, label }: { accept: (file: ResultFile) => string | null; label: string }) {
  const addResults = useAppStore((state) => state.addResults);
  const [notice, setNotice] = useState<Notice | null>(null);
  const importFiles = async (files: PickedFile[]) => {
    const good: ResultFile[] = [];
    const problems: { path: string; message: string }[] = [];
    for (const file of files) {
      const parsed = parseResultText(file.text);
      if (!parsed.ok) {
        problems.push(...parsed.problems.slice(0, 5).map((problem) => ({ path: `${file.name}: ${problem.path}`, message: problem.message })));
        continue;
      }
      const refusal = accept(parsed.value);
      if (refusal) problems.push({ path: file.name, message: refusal });
      else good.push(parsed.value);
    }
    // Refused before anything is written, so a full browser never keeps half an import.
    if (!(await hasRoomFor(files.reduce((total, file) => total + file.text.length, 0) * 2))) {
      setNotice({ tone: 'error', text: "Nothing was imported: this browser's storage for Callback hasn't room for these files. Free some space (export and delete old results), then try again." });
      return;
    }
    const { added, replaced, older } = addResults(good);
    const summary = `Imported ${countOf(added, 'new result file')}${replaced ? `, ${replaced} replacing an older export` : ''}${older ? `; ${older} skipped (older than what you have)` : ''}.`;
    setNotice(
      problems.length
        ? { tone: 'error', text: `${summary} ${files.length - good.length} of ${countOf(files.length, 'file')} ${files.length - good.length === 1 ? "wasn't" : "weren't"} imported:`, problems }
        : { tone: 'ok', text: summary },
    );
  };
  return (
    <div className="import-results">
      <FileButton label={label} multiple onFiles={(files) => void importFiles(files)}>
        {label}
      </FileButton>
      <NoticeView notice={notice} />
    </div>
  );
}
