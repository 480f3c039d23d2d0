import { useState } from 'react';
import { TextField } from '../../../components/editor-fields.tsx';
import { ID_MAX_LENGTH } from '../../../domain/scenario/scenario-schema.ts';
import { isPointId } from './point-ids.ts';

function problemWith(value: string, current: string, taken: ReadonlySet<string>): string | null {
  if (value === current) return null;
  if (!isPointId(value)) return 'Use lower-case words joined by hyphens.';
  return taken.has(value) ? `"${value}" is already used.` : null;
}

/** A new id for a point or ending, asked for in place, checked before it is used. */
export function RenameControl({ current, taken, what, onRename }: { current: string; taken: ReadonlySet<string>; what: 'point' | 'ending'; onRename: (to: string) => void }) {
  const [value, setValue] = useState(current);
  const problem = problemWith(value, current, taken);
  return (
    <div className="rename">
      <TextField label={`Id of this ${what}`} value={value} onChange={setValue} maxLength={ID_MAX_LENGTH} help={problem ?? 'Branches that lead here follow a rename.'} />
      <button type="button" className="button button-small" disabled={value === current || problem !== null} onClick={() => onRename(value)}>
        Rename <span className="visually-hidden">{current}</span>
      </button>
    </div>
  );
}
