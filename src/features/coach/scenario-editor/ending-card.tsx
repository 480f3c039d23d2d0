import { LinesField, SelectField, TextArea, TextField } from '../../../components/editor-fields.tsx';
import type { Ending } from '../../../domain/scenario/scenario-schema.ts';
import type { EditorDispatch } from './editor-reducer.ts';
import { OUTCOME_OPTIONS } from './option-labels.ts';
import { RenameControl } from './rename-control.tsx';

/** One way the call can end: its outcome, the manager's last words, and what the debrief says. */
export function EndingCard({ id, ending, taken, dispatch }: { id: string; ending: Ending; taken: ReadonlySet<string>; dispatch: EditorDispatch }) {
  const update = (changes: Partial<Ending>) => dispatch({ type: 'ending.update', endingId: id, changes });
  return (
    <section className="ending-editor" aria-labelledby={`ending-${id}`}>
      <h3 id={`ending-${id}`}>Ending "{id}"</h3>
      <RenameControl current={id} taken={taken} what="ending" onRename={(to) => dispatch({ type: 'ending.rename', from: id, to })} />
      <TextField label="Title" value={ending.title} maxLength={80} onChange={(title) => update({ title })} />
      <SelectField label="Outcome" value={ending.outcome} options={OUTCOME_OPTIONS} onChange={(outcome) => update({ outcome })} />
      <LinesField label="The manager's last words" value={ending.farewell ?? []} onChange={(farewell) => update({ farewell })} />
      <TextArea label="What the candidate should aim for here" value={ending.goal} maxLength={400} onChange={(goal) => update({ goal })} />
      <TextArea label="What the debrief says" value={ending.debrief} maxLength={1200} onChange={(debrief) => update({ debrief })} />
      <button type="button" className="button button-small button-danger" onClick={() => dispatch({ type: 'ending.remove', endingId: id })}>
        Delete ending {id}
      </button>
    </section>
  );
}
