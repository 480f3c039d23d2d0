import { LinesField, TextArea } from '../../../components/editor-fields.tsx';
import type { Scenario } from '../../../domain/scenario/scenario-schema.ts';
import type { EditorDispatch } from './editor-reducer.ts';

/** What the candidate reads before the call. */
export function BriefingSection({ briefing, dispatch }: { briefing: Scenario['briefing']; dispatch: EditorDispatch }) {
  const update = (changes: Partial<Scenario['briefing']>) => dispatch({ type: 'briefing.update', changes });
  return (
    <section aria-labelledby="briefing-edit-title" className="editor-section">
      <h2 id="briefing-edit-title">Briefing</h2>
      <TextArea label="The story so far" value={briefing.story} rows={4} onChange={(story) => update({ story })} />
      <TextArea label="What the candidate said before" value={briefing.youSaid} maxLength={600} onChange={(youSaid) => update({ youSaid })} />
      <LinesField label="Facts the candidate may use" value={briefing.facts} onChange={(facts) => update({ facts })} help="One per line. The scorer checks replies against them." />
      <TextArea label="The candidate's goal" value={briefing.goal} maxLength={400} onChange={(goal) => update({ goal })} />
    </section>
  );
}
