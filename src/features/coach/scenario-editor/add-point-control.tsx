import { useState } from 'react';
import { TextField } from '../../../components/editor-fields.tsx';
import { ID_MAX_LENGTH } from '../../../domain/scenario/scenario-schema.ts';

/** A box for a new point's or ending's id, and the button that adds it; the reducer picks a free id from what was typed. */
export function AddPointControl({ what, example, onAdd }: { what: 'point' | 'ending'; example: string; onAdd: (typed: string) => void }) {
  const [typed, setTyped] = useState('');
  return (
    <div className="add-point">
      <TextField label={`New ${what} id`} value={typed} maxLength={ID_MAX_LENGTH} onChange={setTyped} help={`For example: ${example}.`} />
      <button
        type="button"
        className="button"
        onClick={() => {
          onAdd(typed);
          setTyped('');
        }}
      >
        Add {what === 'point' ? 'a point' : 'an ending'}
      </button>
    </div>
  );
}
