import { TABLE_NAMES } from '../../store/tables.ts';
import { TABLE_SPECS } from '../../store/stored-tables.ts';
import { download } from '../../lib/download.ts';
import { useAppStore } from '../../store/app-store.ts';

/**
 * Saved records that couldn't be read: counted in words ("1 saved call couldn't be read"), kept as
 * they are, and exportable, so whoever can mend them has them.
 */
export function DamagedRecords() {
  const damaged = useAppStore((state) => state.storage.damaged);
  const counts = TABLE_NAMES.flatMap((name) => {
    const count = damaged[name]?.length ?? 0;
    const [one, many] = TABLE_SPECS[name].noun;
    return count > 0 ? [`${count} ${count === 1 ? one : many} couldn't be read`] : [];
  });
  if (counts.length === 0) return null;
  const total = TABLE_NAMES.reduce((sum, name) => sum + (damaged[name]?.length ?? 0), 0);
  const exportDamaged = () => {
    const records = Object.fromEntries(TABLE_NAMES.flatMap((name) => (damaged[name]?.length ? [[name, damaged[name]]] : [])));
    download(`callback-unreadable-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify({ format: 'callback-unreadable-records', exportedAt: new Date().toISOString(), records }, null, 2));
  };
  return (
    <div className="notice notice-error" role="status">
      <p>
        {counts.join('; ')}. {total === 1 ? 'It is kept exactly as it was' : 'They are kept exactly as they were'}, and nothing else is affected.
      </p>
      <button type="button" className="button button-small" onClick={exportDamaged}>
        Export the unreadable records
      </button>
    </div>
  );
}
