import { NumberField, SelectField } from '../../../components/editor-fields.tsx';
import { MAX_PICKUPS, type Scenario } from '../../../domain/scenario/scenario-schema.ts';
import type { EditorDispatch } from './editor-reducer.ts';

/** Who answers the phone, by weight; only points can pick up, never endings. */
export function PickupSection({ draft, dispatch }: { draft: Scenario; dispatch: EditorDispatch }) {
  const starts = Object.keys(draft.nodes).map((id) => ({ value: id, label: id }));
  return (
    <section aria-labelledby="pickup-title" className="editor-section">
      <h2 id="pickup-title">Who picks up</h2>
      {draft.pickup.map((pickup, index) => (
        <fieldset key={index} className="pickup">
          <legend>Pick-up {index + 1}</legend>
          <SelectField label="Starts at" value={pickup.to} options={starts} onChange={(to) => dispatch({ type: 'pickup.update', index, changes: { to } })} />
          {/* A cleared weight counts as 1, the weight a new pick-up starts with. */}
          <NumberField label="Weight" value={pickup.weight} min={1} max={100} onChange={(weight) => dispatch({ type: 'pickup.update', index, changes: { weight: weight ?? 1 } })} />
          {draft.pickup.length > 1 ? (
            <button type="button" className="button button-small button-danger" onClick={() => dispatch({ type: 'pickup.remove', index })}>
              Remove pick-up {index + 1}
            </button>
          ) : null}
        </fieldset>
      ))}
      {draft.pickup.length < MAX_PICKUPS ? (
        <button type="button" className="button button-small" onClick={() => dispatch({ type: 'pickup.add' })}>
          Add a pick-up
        </button>
      ) : (
        <p className="help">A call can be answered in at most {MAX_PICKUPS} ways.</p>
      )}
    </section>
  );
}
