import { SelectField, TextField } from '../../../components/editor-fields.tsx';
import type { Scenario } from '../../../domain/scenario/scenario-schema.ts';
import type { AboutChanges, EditorDispatch } from './editor-reducer.ts';
import { DIFFICULTY_OPTIONS, DIRECTION_OPTIONS } from './option-labels.ts';

/** The scenario's own settings: its title, id, one-line situation, difficulty and who dials. */
export function AboutSection({ draft, dispatch }: { draft: Scenario; dispatch: EditorDispatch }) {
  const update = (changes: AboutChanges) => dispatch({ type: 'about.update', changes });
  return (
    <section aria-labelledby="about-title" className="editor-section">
      <h2 id="about-title">About the call</h2>
      <TextField label="Title" value={draft.title} maxLength={80} onChange={(title) => update({ title })} />
      <TextField label="Scenario id" value={draft.id} maxLength={64} onChange={(id) => update({ id })} help="Lower-case words joined by hyphens; the file name on export." />
      <TextField label="Situation in one line" value={draft.situation} maxLength={200} onChange={(situation) => update({ situation })} />
      <SelectField label="Difficulty" value={draft.difficulty} options={DIFFICULTY_OPTIONS} onChange={(difficulty) => update({ difficulty })} />
      <SelectField label="Who calls" value={draft.direction} options={DIRECTION_OPTIONS} onChange={(direction) => update({ direction })} />
    </section>
  );
}
