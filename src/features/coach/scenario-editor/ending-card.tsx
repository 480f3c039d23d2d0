import { LinesField, SelectField, TextArea, TextField } from '../../../components/editor-fields.tsx';
import type { Ending } from '../../../domain/scenario/scenario-schema.ts';
import type { EditorDispatch } from './editor-reducer.ts';
import { OUTCOME_OPTIONS } from './option-labels.ts';
import { PointDetails } from './point-details.tsx';
import { RenameControl } from './rename-control.tsx';

/** One way the call can end: its outcome, the manager's last words, and what the debrief says. */
export function EndingCard({
  id,
  ending,
  taken,
  dispatch,
  open,
  onToggle,
}: {
  id: string;
  ending: Ending;
  taken: ReadonlySet<string>;
  dispatch: EditorDispatch;
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  const update = (changes: Partial<Ending>) => dispatch({ type: 'ending.update', endingId: id, changes });
  return (
    <PointDetails kind="ending" id={id} title={`Ending "${id}"`} summary={`${ending.outcome}: ${ending.title}`} open={open} onToggle={onToggle}>
      <RenameControl current={id} taken={taken} what="ending" onRename={(to) => dispatch({ type: 'ending.rename', from: id, to })} />
      <TextField label="Title" value={ending.title} maxLength={80} onChange={(title) => update({ title })} />
      <SelectField label="Outcome" value={ending.outcome} options={OUTCOME_OPTIONS} onChange={(outcome) => update({ outcome })} />
      <LinesField label="The manager's last words" value={ending.farewell ?? []} onChange={(farewell) => update({ farewell })} />
      <TextArea label="What the candidate should aim for here" value={ending.goal} maxLength={400} onChange={(goal) => update({ goal })} />
      <TextArea label="What the debrief says" value={ending.debrief} maxLength={1200} onChange={(debrief) => update({ debrief })} />
      <button type="button" className="button button-small button-danger" onClick={() => dispatch({ type: 'ending.remove', endingId: id })}>
        Delete ending {id}
      </button>
    </PointDetails>
  );
}
