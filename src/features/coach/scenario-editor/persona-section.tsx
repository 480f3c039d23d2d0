import { NumberField, TextField } from '../../../components/editor-fields.tsx';
import type { Scenario } from '../../../domain/scenario/scenario-schema.ts';
import type { EditorDispatch } from './editor-reducer.ts';

// The schema's default: an emptied box means "the usual patience", not "none".
const DEFAULT_PATIENCE_SECONDS = 20;

/** Who the candidate talks to. */
export function PersonaSection({ persona, dispatch }: { persona: Scenario['persona']; dispatch: EditorDispatch }) {
  const update = (changes: Partial<Scenario['persona']>) => dispatch({ type: 'persona.update', changes });
  return (
    <section aria-labelledby="persona-title" className="editor-section">
      <h2 id="persona-title">The manager</h2>
      <TextField label="Name" value={persona.name} maxLength={80} onChange={(name) => update({ name })} />
      <TextField label="Company" value={persona.company} maxLength={80} onChange={(company) => update({ company })} />
      <TextField label="Role" value={persona.role} maxLength={80} onChange={(role) => update({ role })} />
      <TextField label="Temperament" value={persona.temperament} onChange={(temperament) => update({ temperament })} />
      <NumberField
        label="Seconds of silence before they ask if you're there"
        value={persona.patienceSeconds}
        min={5}
        max={120}
        onChange={(seconds) => update({ patienceSeconds: seconds ?? DEFAULT_PATIENCE_SECONDS })}
      />
    </section>
  );
}
