import { useEffect, useMemo, useState } from 'react';
import { MissingScreen } from '../../components/missing-screen.tsx';
import { type Notice, NoticeView, ProblemList } from '../../components/problem-list.tsx';
import { download } from '../../lib/download.ts';
import { navigate, routeHref } from '../../lib/route.ts';
import { BUILTIN_SCENARIO_IDS } from '../../domain/scenario/builtin-scenarios.ts';
import type { Branch, Ending, Scenario, ScenarioNode } from '../../domain/scenario/scenario-schema.ts';
import { useAppStore } from '../../store/app-store.ts';
import { LinesField, NumberField, SelectField, TextArea, TextField } from '../../components/editor-fields.tsx';
import { checkDraft, renamePoint, uniqueId } from './scenario-drafts.ts';
import { ScenarioGraphView } from './scenario-graph-view.tsx';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SPEAKERS = [
  { value: 'manager', label: 'Hiring manager' },
  { value: 'gatekeeper', label: 'Gatekeeper (HR, assistant)' },
  { value: 'voicemail', label: 'Voicemail greeting' },
] as const;
const OUTCOMES = [
  { value: 'yes', label: 'Yes (the best case)' },
  { value: 'open', label: 'Open (a next step)' },
  { value: 'no', label: 'No (check the thank-you)' },
  { value: 'voicemail', label: 'Voicemail left' },
  { value: 'screened-out', label: 'Screened out' },
] as const;
const DIFFICULTIES = [
  { value: 'gentle', label: 'Gentle' },
  { value: 'moderate', label: 'Moderate' },
  { value: 'hard', label: 'Hard' },
] as const;
const DIMENSIONS = ['defensiveness', 'credibility', 'professionalism'] as const;

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}

/** A new id for a point or ending, asked for in place, checked before it is used. */
function RenameControl({ current, taken, what, onRename }: { current: string; taken: ReadonlySet<string>; what: string; onRename: (to: string) => void }) {
  const [value, setValue] = useState(current);
  const problem = value === current ? null : !ID_PATTERN.test(value) ? 'Use lower-case words joined by hyphens.' : taken.has(value) ? `"${value}" is already used.` : null;
  return (
    <div className="rename">
      <TextField label={`Id of this ${what}`} value={value} onChange={setValue} maxLength={64} help={problem ?? 'Branches that lead here follow a rename.'} />
      <button type="button" className="button button-small" disabled={value === current || problem !== null} onClick={() => onRename(value)}>
        Rename <span className="visually-hidden">{current}</span>
      </button>
    </div>
  );
}

/** A box for a new point's or ending's id, and the button that adds it under a free id. */
function AddPointControl({ what, example, fallback, taken, onAdd }: { what: 'point' | 'ending'; example: string; fallback: string; taken: ReadonlySet<string>; onAdd: (id: string) => void }) {
  const [typed, setTyped] = useState('');
  return (
    <div className="add-point">
      <TextField label={`New ${what} id`} value={typed} maxLength={64} onChange={setTyped} help={`For example: ${example}.`} />
      <button
        type="button"
        className="button"
        onClick={() => {
          onAdd(uniqueId(ID_PATTERN.test(typed) ? typed : fallback, taken));
          setTyped('');
        }}
      >
        Add {what === 'point' ? 'a point' : 'an ending'}
      </button>
    </div>
  );
}

function BranchEditor({ branch, index, targets, onChange, onMoveUp, onRemove }: { branch: Branch; index: number; targets: readonly string[]; onChange: (branch: Branch) => void; onMoveUp?: () => void; onRemove: () => void }) {
  const setBand = (dimension: (typeof DIMENSIONS)[number], part: 'atLeast' | 'below', value: number | undefined) => {
    const band = { ...branch.when?.[dimension], [part]: value };
    const cleanBand = Object.fromEntries(Object.entries(band).filter(([, entry]) => entry !== undefined));
    const when = { ...branch.when, [dimension]: Object.keys(cleanBand).length ? cleanBand : undefined };
    const cleanWhen = Object.fromEntries(Object.entries(when).filter(([, entry]) => entry !== undefined));
    onChange({ ...branch, when: Object.keys(cleanWhen).length ? cleanWhen : undefined });
  };
  const mentions = branch.when?.mentions?.join(', ') ?? '';
  return (
    <fieldset className="branch">
      <legend>
        Branch {index + 1}: to {branch.to}
      </legend>
      <SelectField label="Goes to" value={branch.to} options={targets.map((target) => ({ value: target, label: target }))} onChange={(to) => onChange({ ...branch, to })} />
      <div className="branch-bands">
        {DIMENSIONS.map((dimension) => (
          <div key={dimension} className="band">
            <NumberField label={`${dimension} at least`} value={branch.when?.[dimension]?.atLeast} min={0} max={100} onChange={(value) => setBand(dimension, 'atLeast', value)} />
            <NumberField label={`${dimension} below`} value={branch.when?.[dimension]?.below} min={0} max={100} onChange={(value) => setBand(dimension, 'below', value)} />
          </div>
        ))}
      </div>
      <TextField
        label="Reply mentions any of (comma-separated)"
        value={mentions}
        maxLength={2000}
        onChange={(text) => {
          const list = text.split(',').map((phrase) => phrase.trim()).filter(Boolean);
          const when = { ...branch.when, mentions: list.length ? list : undefined };
          const clean = Object.fromEntries(Object.entries(when).filter(([, entry]) => entry !== undefined));
          onChange({ ...branch, when: Object.keys(clean).length ? clean : undefined });
        }}
      />
      <NumberField label="Chance, % (blank: always when the condition holds)" value={branch.chance === undefined ? undefined : Math.round(branch.chance * 100)} min={1} max={99} onChange={(value) => onChange({ ...branch, chance: value === undefined ? undefined : value / 100 })} />
      <TextField label="Why the manager goes this way (for coaches)" value={branch.note ?? ''} maxLength={300} onChange={(note) => onChange({ ...branch, note: note || undefined })} />
      <p className="row-actions">
        {onMoveUp ? (
          <button type="button" className="button button-small" onClick={onMoveUp}>
            Try earlier <span className="visually-hidden">branch {index + 1}</span>
          </button>
        ) : null}
        <button type="button" className="button button-small button-danger" onClick={onRemove}>
          Remove branch {index + 1}
        </button>
      </p>
    </fieldset>
  );
}

function NodeEditor({ id, node, targets, taken, onChange, onRename, onDelete }: { id: string; node: ScenarioNode; targets: readonly string[]; taken: ReadonlySet<string>; onChange: (node: ScenarioNode) => void; onRename: (to: string) => void; onDelete: () => void }) {
  const setBranch = (index: number, branch: Branch) => onChange({ ...node, next: node.next.map((each, at) => (at === index ? branch : each)) });
  return (
    <section className="node-editor" aria-labelledby={`node-${id}`}>
      <h3 id={`node-${id}`}>Point "{id}"</h3>
      <RenameControl current={id} taken={taken} what="point" onRename={onRename} />
      <SelectField label="Who speaks" value={node.speaker} options={SPEAKERS} onChange={(speaker) => onChange({ ...node, speaker })} />
      <LinesField label="What they say" value={node.lines} onChange={(lines) => onChange({ ...node, lines })} help="One wording per line; the manager picks one, so repeat practice isn't a rerun." />
      <TextField label="Hint for the candidate (practice mode)" value={node.hint ?? ''} maxLength={300} onChange={(hint) => onChange({ ...node, hint: hint || undefined })} />
      <h4>Where the call goes next</h4>
      <p className="help">Branches are tried in order; the first whose condition holds is taken. End with one that has no condition.</p>
      {node.next.map((branch, index) => (
        <BranchEditor
          key={index}
          branch={branch}
          index={index}
          targets={targets}
          onChange={(changed) => setBranch(index, changed)}
          onMoveUp={index > 0 ? () => onChange({ ...node, next: [...node.next.slice(0, index - 1), branch, node.next[index - 1] as Branch, ...node.next.slice(index + 1)] }) : undefined}
          onRemove={() => onChange({ ...node, next: node.next.filter((_, at) => at !== index) })}
        />
      ))}
      <p className="row-actions">
        <button type="button" className="button button-small" onClick={() => onChange({ ...node, next: [...node.next, { to: targets[0] ?? id }] })}>
          Add a branch <span className="visually-hidden">from {id}</span>
        </button>
        <button type="button" className="button button-small button-danger" onClick={onDelete}>
          Delete point {id}
        </button>
      </p>
    </section>
  );
}

function EndingEditor({ id, ending, taken, onChange, onRename, onDelete }: { id: string; ending: Ending; taken: ReadonlySet<string>; onChange: (ending: Ending) => void; onRename: (to: string) => void; onDelete: () => void }) {
  return (
    <section className="ending-editor" aria-labelledby={`ending-${id}`}>
      <h3 id={`ending-${id}`}>Ending "{id}"</h3>
      <RenameControl current={id} taken={taken} what="ending" onRename={onRename} />
      <TextField label="Title" value={ending.title} maxLength={80} onChange={(title) => onChange({ ...ending, title })} />
      <SelectField label="Outcome" value={ending.outcome} options={OUTCOMES} onChange={(outcome) => onChange({ ...ending, outcome })} />
      <LinesField label="The manager's last words" value={ending.farewell ?? []} onChange={(farewell) => onChange({ ...ending, farewell: farewell.length ? farewell : undefined })} />
      <TextArea label="What the candidate should aim for here" value={ending.goal} maxLength={400} onChange={(goal) => onChange({ ...ending, goal })} />
      <TextArea label="What the debrief says" value={ending.debrief} maxLength={1200} onChange={(debrief) => onChange({ ...ending, debrief })} />
      <button type="button" className="button button-small button-danger" onClick={onDelete}>
        Delete ending {id}
      </button>
    </section>
  );
}

/** Everything a coach edits in one scenario, the checks as they type, and the branch graph. */
export function ScenarioEditor({ scenarioId }: { scenarioId: string }) {
  const stored = useAppStore((state) => state.customScenarios[scenarioId]);
  const customScenarios = useAppStore((state) => state.customScenarios);
  const saveScenario = useAppStore((state) => state.saveScenario);
  const deleteScenario = useAppStore((state) => state.deleteScenario);
  const [draft, setDraft] = useState<Scenario | undefined>(stored);
  const [saved, setSaved] = useState<Scenario | undefined>(stored);
  const [notice, setNotice] = useState<Notice | null>(null);
  const check = useMemo(() => checkDraft(draft), [draft]);
  const dirty = draft !== saved;

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  if (!draft) {
    return (
      <MissingScreen title="That scenario isn't in your library">
        It may have been deleted or renamed. <a href={routeHref({ screen: 'coach' })}>Back to your scenarios</a>.
      </MissingScreen>
    );
  }

  const pointIds = [...Object.keys(draft.nodes), ...Object.keys(draft.endings)];
  const taken = new Set(pointIds);
  const update = (changes: Partial<Scenario>) => setDraft({ ...draft, ...changes });
  const idTakenElsewhere = (id: string) => id !== scenarioId && ((BUILTIN_SCENARIO_IDS as readonly string[]).includes(id) || id in customScenarios);

  const save = (): Scenario | null => {
    if (check.kind === 'invalid') {
      setNotice({ tone: 'error', text: 'Not saved: fix the problems listed under "Checks" first.' });
      return null;
    }
    if (idTakenElsewhere(check.scenario.id)) {
      setNotice({ tone: 'error', text: `Not saved: another scenario already has the id "${check.scenario.id}".` });
      return null;
    }
    saveScenario(check.scenario, scenarioId);
    setSaved(draft);
    setNotice({ tone: 'ok', text: `Saved "${check.scenario.title}".` });
    if (check.scenario.id !== scenarioId) navigate({ screen: 'edit', scenarioId: check.scenario.id });
    return check.scenario;
  };

  const play = () => {
    if (check.kind === 'valid' && check.graphProblems.length > 0) {
      setNotice({ tone: 'error', text: 'It can be saved, but not played yet: a call could get stuck. Fix the flagged points first.', problems: check.graphProblems });
      return;
    }
    const scenario = save();
    if (scenario) navigate({ screen: 'prepare', scenarioId: scenario.id });
  };

  const exportFile = () => {
    if (check.kind === 'invalid') {
      setNotice({ tone: 'error', text: 'Not exported: fix the problems listed under "Checks" first.' });
      return;
    }
    download(`${check.scenario.id}.json`, `${JSON.stringify(check.scenario, null, 2)}\n`);
    setNotice({ tone: 'ok', text: `Exported ${check.scenario.id}.json.` });
  };

  const remove = () => {
    if (!window.confirm(`Delete "${draft.title}" from your library? Export it first to keep a copy.`)) return;
    deleteScenario(scenarioId);
    navigate({ screen: 'coach' });
  };

  const renamePointTo = (from: string, to: string) => setDraft(renamePoint(draft, from, to));
  const problems = check.kind === 'invalid' ? check.problems : check.graphProblems;

  return (
    <main className="screen editor" aria-labelledby="editor-title">
      <p>
        <a href={routeHref({ screen: 'coach' })}>← Your scenarios</a>
      </p>
      <h1 id="editor-title">Edit "{draft.title}"</h1>
      <div className="editor-bar">
        <span className="muted" role="status">
          {dirty ? 'Unsaved changes' : 'All changes saved'}
        </span>
        <button type="button" className="button button-primary" onClick={save}>
          Save
        </button>
        <button type="button" className="button" onClick={play}>
          Play it
        </button>
        <button type="button" className="button" onClick={exportFile}>
          Export file
        </button>
        <button type="button" className="button button-danger" onClick={remove}>
          Delete scenario
        </button>
      </div>
      <NoticeView notice={notice} />

      <section aria-labelledby="checks-title" className={problems.length ? 'checks checks-fail' : 'checks checks-pass'}>
        <h2 id="checks-title">Checks: {problems.length === 0 ? 'ready to play' : `${problems.length} problem${problems.length === 1 ? '' : 's'}`}</h2>
        {problems.length ? <ProblemList problems={problems} /> : <p>The schema and reachability checks pass: every point can be reached and every call ends.</p>}
      </section>

      <section aria-labelledby="graph-title">
        <h2 id="graph-title">The branches</h2>
        {check.kind === 'valid' ? <ScenarioGraphView scenario={check.scenario} problems={check.graphProblems} /> : <p className="muted">The graph appears when the scenario passes the schema checks.</p>}
      </section>

      <section aria-labelledby="about-title" className="editor-section">
        <h2 id="about-title">About the call</h2>
        <TextField label="Title" value={draft.title} maxLength={80} onChange={(title) => update({ title })} />
        <TextField label="Scenario id" value={draft.id} maxLength={64} onChange={(id) => update({ id })} help='Lower-case words joined by hyphens; the file name on export.' />
        <TextField label="Situation in one line" value={draft.situation} maxLength={200} onChange={(situation) => update({ situation })} />
        <SelectField label="Difficulty" value={draft.difficulty} options={DIFFICULTIES} onChange={(difficulty) => update({ difficulty })} />
        <SelectField
          label="Who calls"
          value={draft.direction}
          options={[
            { value: 'outgoing', label: 'The candidate calls' },
            { value: 'incoming', label: 'The company calls the candidate' },
          ]}
          onChange={(direction) => update({ direction })}
        />
      </section>

      <section aria-labelledby="briefing-edit-title" className="editor-section">
        <h2 id="briefing-edit-title">Briefing</h2>
        <TextArea label="The story so far" value={draft.briefing.story} rows={4} onChange={(story) => update({ briefing: { ...draft.briefing, story } })} />
        <TextArea label="What the candidate said before" value={draft.briefing.youSaid} maxLength={600} onChange={(youSaid) => update({ briefing: { ...draft.briefing, youSaid } })} />
        <LinesField label="Facts the candidate may use" value={draft.briefing.facts} onChange={(facts) => update({ briefing: { ...draft.briefing, facts } })} help="One per line. The scorer checks replies against them." />
        <TextArea label="The candidate's goal" value={draft.briefing.goal} maxLength={400} onChange={(goal) => update({ briefing: { ...draft.briefing, goal } })} />
      </section>

      <section aria-labelledby="persona-title" className="editor-section">
        <h2 id="persona-title">The manager</h2>
        <TextField label="Name" value={draft.persona.name} maxLength={80} onChange={(name) => update({ persona: { ...draft.persona, name } })} />
        <TextField label="Company" value={draft.persona.company} maxLength={80} onChange={(company) => update({ persona: { ...draft.persona, company } })} />
        <TextField label="Role" value={draft.persona.role} maxLength={80} onChange={(role) => update({ persona: { ...draft.persona, role } })} />
        <TextField label="Temperament" value={draft.persona.temperament} onChange={(temperament) => update({ persona: { ...draft.persona, temperament } })} />
        <NumberField label="Seconds of silence before they ask if you're there" value={draft.persona.patienceSeconds} min={5} max={120} onChange={(value) => update({ persona: { ...draft.persona, patienceSeconds: value ?? 20 } })} />
      </section>

      <section aria-labelledby="pickup-title" className="editor-section">
        <h2 id="pickup-title">Who picks up</h2>
        {draft.pickup.map((pickup, index) => (
          <fieldset key={index} className="pickup">
            <legend>Pick-up {index + 1}</legend>
            <SelectField label="Starts at" value={pickup.to} options={Object.keys(draft.nodes).map((id) => ({ value: id, label: id }))} onChange={(to) => update({ pickup: draft.pickup.map((each, at) => (at === index ? { ...each, to } : each)) })} />
            <NumberField label="Weight" value={pickup.weight} min={1} max={100} onChange={(weight) => update({ pickup: draft.pickup.map((each, at) => (at === index ? { ...each, weight: weight ?? 1 } : each)) })} />
            {draft.pickup.length > 1 ? (
              <button type="button" className="button button-small button-danger" onClick={() => update({ pickup: draft.pickup.filter((_, at) => at !== index) })}>
                Remove pick-up {index + 1}
              </button>
            ) : null}
          </fieldset>
        ))}
        <button type="button" className="button button-small" onClick={() => update({ pickup: [...draft.pickup, { to: Object.keys(draft.nodes)[0] ?? '', weight: 1 }] })}>
          Add a pick-up
        </button>
      </section>

      <section aria-labelledby="nodes-title" className="editor-section">
        <h2 id="nodes-title">What the company says</h2>
        {Object.entries(draft.nodes).map(([id, node]) => (
          <NodeEditor
            key={id}
            id={id}
            node={node}
            targets={pointIds}
            taken={taken}
            onChange={(changed) => update({ nodes: { ...draft.nodes, [id]: changed } })}
            onRename={(to) => renamePointTo(id, to)}
            onDelete={() => update({ nodes: without(draft.nodes, id) })}
          />
        ))}
        <AddPointControl what="point" example="asks-why, moved-on" fallback="new-point" taken={taken} onAdd={(id) => update({ nodes: { ...draft.nodes, [id]: { speaker: 'manager', lines: ['What would you like to say?'], next: [{ to: Object.keys(draft.endings)[0] ?? id }] } } })} />
      </section>

      <section aria-labelledby="endings-title" className="editor-section">
        <h2 id="endings-title">Endings</h2>
        {Object.entries(draft.endings).map(([id, ending]) => (
          <EndingEditor
            key={id}
            id={id}
            ending={ending}
            taken={taken}
            onChange={(changed) => update({ endings: { ...draft.endings, [id]: changed } })}
            onRename={(to) => renamePointTo(id, to)}
            onDelete={() => update({ endings: without(draft.endings, id) })}
          />
        ))}
        <AddPointControl what="ending" example="start-tomorrow" fallback="new-ending" taken={taken} onAdd={(id) => update({ endings: { ...draft.endings, [id]: { title: 'New ending', outcome: 'no', goal: 'What to aim for.', debrief: 'What the debrief says.' } } })} />
      </section>
    </main>
  );
}
