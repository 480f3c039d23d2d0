import { useEffect, useState } from 'react';
import { askToKeepData, estimateStorage, formatBytes } from '../../lib/device/storage-estimate.ts';
import { savedRecordingsUsage } from '../../store/recordings.ts';

/** How much of the browser's storage Callback uses, and whether the browser has agreed to keep it. */
export function StorageUsage() {
  const [line, setLine] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([estimateStorage(), askToKeepData(), savedRecordingsUsage()]).then(([estimate, kept, recordings]) => {
      if (!live || !estimate) return;
      const keeping = kept ? 'The browser has agreed to keep it when space runs low.' : 'The browser may clear it if the device runs short of space, so export what matters.';
      const clips =
        recordings.count === 0
          ? ''
          : ` Your ${recordings.count === 1 ? 'recording takes' : `${recordings.count} recordings take`} ${formatBytes(recordings.bytes)} of that; delete one from its call's debrief.`;
      setLine(`Callback uses ${formatBytes(estimate.usage)} of this browser's storage, with about ${formatBytes(Math.max(0, estimate.quota - estimate.usage))} free.${clips} ${keeping}`);
    });
    return () => {
      live = false;
    };
  }, []);
  return line ? <p className="muted">{line}</p> : null;
}
