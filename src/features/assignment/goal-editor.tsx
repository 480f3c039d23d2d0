import { NumberField, SelectField } from '../../components/editor-fields.tsx';
import type { Scenario } from '../../domain/scenario/scenario-schema.ts';
import { describeGoal, type Goal, type GoalKind } from '../../domain/assignment/goals.ts';
import { DIMENSIONS } from '../../domain/scoring/score-types.ts';

const KINDS: readonly { value: GoalKind; label: string }[] = [
  { value: 'reach-ending', label: 'Reach an ending' },
  { value: 'score', label: 'Score on a dimension' },
  { value: 'gracious-close', label: 'A gracious thank-you after a no' },
  { value: 'finish-call', label: 'See the call through' },
];

/** A sensible first goal of each kind for this scenario, for the coach to adjust. */
export function defaultGoal(kind: GoalKind, scenario: Scenario): Goal {
  switch (kind) {
    case 'reach-ending': {
      const best = Object.entries(scenario.endings).find(([, ending]) => ending.outcome === 'yes') ?? Object.entries(scenario.endings)[0];
      return { kind, endingId: best?.[0] ?? '', times: 1 };
    }
    case 'score':
      return { kind, dimension: 'professionalism', atLeast: 80, times: 1 };
    case 'gracious-close':
      return { kind, times: 1 };
    case 'finish-call':
      return { kind, times: 1 };
  }
}

/** One goal's settings, in words a coach uses: which ending, which score, how many times. */
export function GoalEditor({ goal, scenario, index, onChange, onRemove }: { goal: Goal; scenario: Scenario; index: number; onChange: (goal: Goal) => void; onRemove: () => void }) {
  return (
    <fieldset className="goal-editor">
      <legend>
        Goal {index + 1}: {describeGoal(goal, scenario)}
      </legend>
      <SelectField label="Kind of goal" value={goal.kind} options={KINDS} onChange={(kind) => onChange(defaultGoal(kind, scenario))} />
      {goal.kind === 'reach-ending' ? (
        <SelectField
          label="Ending"
          value={goal.endingId}
          options={Object.entries(scenario.endings).map(([id, ending]) => ({ value: id, label: `${ending.title} (${ending.outcome})` }))}
          onChange={(endingId) => onChange({ ...goal, endingId })}
        />
      ) : null}
      {goal.kind === 'score' ? (
        <>
          <SelectField
            label="Dimension"
            value={goal.dimension}
            options={DIMENSIONS.map((dimension) => ({ value: dimension, label: dimension }))}
            onChange={(dimension) =>
              onChange(dimension === 'defensiveness' ? { kind: 'score', dimension, atMost: 20, times: goal.times } : { kind: 'score', dimension, atLeast: 80, times: goal.times })
            }
          />
          <NumberField
            label={goal.dimension === 'defensiveness' ? 'At most' : 'At least'}
            value={goal.atLeast ?? goal.atMost}
            min={0}
            max={100}
            onChange={(value) => onChange(goal.dimension === 'defensiveness' ? { ...goal, atMost: value ?? 20 } : { ...goal, atLeast: value ?? 80 })}
          />
        </>
      ) : null}
      {goal.kind === 'gracious-close' ? (
        <SelectField
          label="On the branch through"
          value={goal.throughNode ?? ''}
          options={[{ value: '', label: 'Any "no"' }, ...Object.keys(scenario.nodes).map((id) => ({ value: id, label: id }))]}
          onChange={(throughNode) => onChange(throughNode ? { ...goal, throughNode } : { kind: 'gracious-close', times: goal.times })}
        />
      ) : null}
      <NumberField label="How many times" value={goal.times} min={1} max={20} onChange={(times) => onChange({ ...goal, times: times ?? 1 })} />
      <button type="button" className="button button-small button-danger" onClick={onRemove}>
        Remove goal {index + 1}
      </button>
    </fieldset>
  );
}
