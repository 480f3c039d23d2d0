import { LinesField, SelectField, TextField } from '../../../components/editor-fields.tsx';
import type { ScenarioNode } from '../../../domain/scenario/scenario-schema.ts';
import { BranchRow } from './branch-row.tsx';
import type { EditorDispatch } from './editor-reducer.ts';
import { SPEAKER_OPTIONS } from './option-labels.ts';
import { PointDetails } from './point-details.tsx';
import { RenameControl } from './rename-control.tsx';

/** One point of the call: who speaks, what they say, and the branches out of it in the order they are tried. */
export function NodeCard({
  id,
  node,
  targets,
  taken,
  dispatch,
  open,
  onToggle,
}: {
  id: string;
  node: ScenarioNode;
  targets: readonly string[];
  taken: ReadonlySet<string>;
  dispatch: EditorDispatch;
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  const branches = `${node.next.length} branch${node.next.length === 1 ? '' : 'es'}`;
  return (
    <PointDetails kind="node" id={id} title={`Point "${id}"`} summary={`${node.speaker}: "${node.lines[0] ?? ''}" · ${branches}`} open={open} onToggle={onToggle}>
      <RenameControl current={id} taken={taken} what="point" onRename={(to) => dispatch({ type: 'node.rename', from: id, to })} />
      <SelectField label="Who speaks" value={node.speaker} options={SPEAKER_OPTIONS} onChange={(speaker) => dispatch({ type: 'node.update', nodeId: id, changes: { speaker } })} />
      <LinesField
        label="What they say"
        value={node.lines}
        onChange={(lines) => dispatch({ type: 'node.update', nodeId: id, changes: { lines } })}
        help="One wording per line; the manager picks one, so repeat practice isn't a rerun."
      />
      <TextField label="Hint for the candidate (practice mode)" value={node.hint ?? ''} maxLength={300} onChange={(hint) => dispatch({ type: 'node.update', nodeId: id, changes: { hint } })} />
      <h4>Where the call goes next</h4>
      <p className="help">Branches are tried in order; the first whose condition holds is taken. End with one that has no condition.</p>
      {node.next.map((branch, index) => (
        <BranchRow key={index} nodeId={id} branch={branch} index={index} targets={targets} dispatch={dispatch} />
      ))}
      <p className="row-actions">
        <button type="button" className="button button-small" onClick={() => dispatch({ type: 'branch.add', nodeId: id })}>
          Add a branch <span className="visually-hidden">from {id}</span>
        </button>
        <button type="button" className="button button-small button-danger" onClick={() => dispatch({ type: 'node.remove', nodeId: id })}>
          Delete point {id}
        </button>
      </p>
    </PointDetails>
  );
}
