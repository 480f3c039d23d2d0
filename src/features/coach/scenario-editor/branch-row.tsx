import { useState } from 'react';
import { NumberField, SelectField, TextField } from '../../../components/editor-fields.tsx';
import type { Branch } from '../../../domain/scenario/scenario-schema.ts';
import { DIMENSIONS } from '../../../domain/scoring/score-types.ts';
import type { EditorDispatch } from './editor-reducer.ts';

function parseMentions(text: string): string[] {
  return text
    .split(',')
    .map((phrase) => phrase.trim())
    .filter(Boolean);
}

/**
 * The comma-separated phrases box. It keeps the raw text while it still means the stored list, so a
 * comma or space just typed is not swallowed; once the list changes elsewhere (a branch moved up
 * into this row) it shows the stored list instead.
 */
function MentionsField({ mentions, onChange }: { mentions: readonly string[]; onChange: (mentions: string[]) => void }) {
  const [text, setText] = useState(mentions.join(', '));
  const shown = parseMentions(text).join('\n') === mentions.join('\n') ? text : mentions.join(', ');
  return (
    <TextField
      label="Reply mentions any of (comma-separated)"
      value={shown}
      maxLength={2000}
      onChange={(typed) => {
        setText(typed);
        onChange(parseMentions(typed));
      }}
    />
  );
}

/** One branch out of a point: where it goes, when, how likely, and why. */
export function BranchRow({ nodeId, branch, index, targets, dispatch }: { nodeId: string; branch: Branch; index: number; targets: readonly string[]; dispatch: EditorDispatch }) {
  const at = { nodeId, index };
  return (
    <fieldset className="branch">
      <legend>
        Branch {index + 1}: to {branch.to}
      </legend>
      <SelectField
        label="Goes to"
        value={branch.to}
        options={targets.map((target) => ({ value: target, label: target }))}
        onChange={(to) => dispatch({ type: 'branch.update', ...at, changes: { to } })}
      />
      <div className="branch-bands">
        {DIMENSIONS.map((dimension) => (
          <div key={dimension} className="band">
            <NumberField
              label={`${dimension} at least`}
              value={branch.when?.[dimension]?.atLeast}
              min={0}
              max={100}
              onChange={(value) => dispatch({ type: 'branch.set-band', ...at, dimension, bound: 'atLeast', value })}
            />
            <NumberField
              label={`${dimension} below`}
              value={branch.when?.[dimension]?.below}
              min={0}
              max={100}
              onChange={(value) => dispatch({ type: 'branch.set-band', ...at, dimension, bound: 'below', value })}
            />
          </div>
        ))}
      </div>
      <MentionsField mentions={branch.when?.mentions ?? []} onChange={(mentions) => dispatch({ type: 'branch.set-mentions', ...at, mentions })} />
      <NumberField
        label="Chance, % (blank: always when the condition holds)"
        value={branch.chance === undefined ? undefined : Math.round(branch.chance * 100)}
        min={1}
        max={99}
        onChange={(percent) => dispatch({ type: 'branch.update', ...at, changes: { chance: percent === undefined ? undefined : percent / 100 } })}
      />
      <TextField label="Why the manager goes this way (for coaches)" value={branch.note ?? ''} maxLength={300} onChange={(note) => dispatch({ type: 'branch.update', ...at, changes: { note } })} />
      <p className="row-actions">
        {index > 0 ? (
          <button type="button" className="button button-small" onClick={() => dispatch({ type: 'branch.move-up', ...at })}>
            Try earlier <span className="visually-hidden">branch {index + 1}</span>
          </button>
        ) : null}
        <button type="button" className="button button-small button-danger" onClick={() => dispatch({ type: 'branch.remove', ...at })}>
          Remove branch {index + 1}
        </button>
      </p>
    </fieldset>
  );
}
