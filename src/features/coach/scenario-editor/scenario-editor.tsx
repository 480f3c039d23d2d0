import { useCallback, useEffect, useMemo, useState } from 'react';
import { MissingScreen } from '../../../components/missing-screen.tsx';
import { type Notice, NoticeView, ProblemList } from '../../../components/problem-list.tsx';
import { download } from '../../../lib/download.ts';
import { navigate, routeHref } from '../../../lib/route.ts';
import { BUILTIN_SCENARIO_IDS } from '../../../domain/scenario/builtin-scenarios.ts';
import type { Scenario } from '../../../domain/scenario/scenario-schema.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { checkDraft } from '../scenario-drafts.ts';
import { ScenarioGraphView } from '../scenario-graph-view.tsx';
import { AboutSection } from './about-section.tsx';
import { AddPointControl } from './add-point-control.tsx';
import { BriefingSection } from './briefing-section.tsx';
import { type EditorAction, editorReducer } from './editor-reducer.ts';
import { EndingCard } from './ending-card.tsx';
import { NodeCard } from './node-card.tsx';
import { PersonaSection } from './persona-section.tsx';
import { PickupSection } from './pickup-section.tsx';
import { pointIds } from './point-ids.ts';
import { EditorOutline } from './editor-outline.tsx';
import { useOpenCards } from './open-cards.ts';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { problemPlace } from '../../../domain/scenario/problem-place.ts';
import { countOf } from '../../../lib/plural.ts';

/** Everything a coach edits in one scenario, the checks as they type, and the branch graph. */
export function ScenarioEditor({ scenarioId }: { scenarioId: string }) {
  // The id comes from the address bar: "constructor" must find nothing, not Object.prototype's.
  const stored = useAppStore((state) => (Object.hasOwn(state.customScenarios, scenarioId) ? state.customScenarios[scenarioId] : undefined));
  const customScenarios = useAppStore((state) => state.customScenarios);
  const saveScenario = useAppStore((state) => state.saveScenario);
  const deleteScenario = useAppStore((state) => state.deleteScenario);
  const [draft, setDraft] = useState<Scenario | undefined>(stored);
  const [saved, setSaved] = useState<Scenario | undefined>(stored);
  const [notice, setNotice] = useState<Notice | null>(null);
  const check = useMemo(() => checkDraft(draft), [draft]);
  const dirty = draft !== saved;
  const dispatch = useCallback((action: EditorAction) => setDraft((current) => current && editorReducer(current, action)), []);
  const targets = draft ? pointIds(draft) : [];
  const cards = useOpenCards(targets);

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

  const taken = new Set(targets);
  const idTakenElsewhere = (id: string) => id !== scenarioId && ((BUILTIN_SCENARIO_IDS as readonly string[]).includes(id) || Object.hasOwn(customScenarios, id));

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
    // The Save button goes once there is nothing to save: focus moves to the state that says so.
    requestAnimationFrame(() => document.getElementById('save-state')?.focus());
    setNotice({ tone: 'ok', text: `Saved "${check.scenario.title}".` });
    if (check.scenario.id !== scenarioId) navigate({ screen: 'edit', scenarioId: check.scenario.id });
    return check.scenario;
  };

  const play = () => {
    if (check.kind === 'valid' && check.graphProblems.length > 0) {
      setNotice({ tone: 'error', text: 'It can be saved, but not played yet: a call could get stuck. Fix the flagged points first.', problems: check.graphProblems, place: problemPlace });
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
    deleteScenario(scenarioId);
    navigate({ screen: 'coach' });
  };
  const openPoint = (id: string) => cards.reveal(Object.hasOwn(draft.nodes, id) ? 'node' : 'ending', id);

  const problems = check.kind === 'invalid' ? check.problems : check.graphProblems;

  return (
    <main className="screen editor" aria-labelledby="editor-title">
      <p>
        <a href={routeHref({ screen: 'coach' })}>← Your scenarios</a>
      </p>
      <h1 id="editor-title">Edit "{draft.title}"</h1>
      {/* The save state is one thing: a Save button while there is something to save, a tick when not. */}
      <div className="editor-bar">
        <span id="save-state" tabIndex={-1} role="status" className={dirty ? 'save-state save-state-dirty' : 'save-state'}>
          <span aria-hidden="true">{dirty ? '● ' : '✓ '}</span>
          {dirty ? 'Unsaved changes' : 'All changes saved'}
        </span>
        {dirty ? (
          <button type="button" className="button button-primary" onClick={save}>
            Save
          </button>
        ) : null}
        <button type="button" className="button" onClick={play}>
          Play it
        </button>
        <button type="button" className="button" onClick={exportFile}>
          Export file
        </button>
      </div>
      <NoticeView notice={notice} />

      <section aria-labelledby="checks-title" className={problems.length ? 'checks checks-fail' : 'checks checks-pass'}>
        <h2 id="checks-title">Checks: {problems.length === 0 ? 'ready to play' : countOf(problems.length, 'problem')}</h2>
        {problems.length ? <ProblemList problems={problems} place={problemPlace} /> : <p>The schema and reachability checks pass: every point can be reached and every call ends.</p>}
      </section>

      <section aria-labelledby="graph-title">
        <h2 id="graph-title">The branches</h2>
        {check.kind === 'valid' ? (
          <ScenarioGraphView scenario={check.scenario} problems={check.graphProblems} onOpenPoint={openPoint} />
        ) : (
          <p className="muted">The graph appears when the scenario passes the schema checks.</p>
        )}
      </section>

      <EditorOutline draft={draft} onOpen={cards.reveal} onSetAll={cards.setAll} />
      <AboutSection draft={draft} dispatch={dispatch} />
      <BriefingSection briefing={draft.briefing} dispatch={dispatch} />
      <PersonaSection persona={draft.persona} dispatch={dispatch} />
      <PickupSection draft={draft} dispatch={dispatch} />

      <section aria-labelledby="nodes-title" className="editor-section">
        <h2 id="nodes-title">What the company says</h2>
        {Object.entries(draft.nodes).map(([id, node]) => (
          <NodeCard key={id} id={id} node={node} targets={targets} taken={taken} dispatch={dispatch} open={cards.isOpen(id)} onToggle={(open) => cards.toggle(id, open)} />
        ))}
        <AddPointControl what="point" example="asks-why, moved-on" onAdd={(id) => dispatch({ type: 'node.add', id })} />
      </section>

      <section aria-labelledby="endings-title" className="editor-section">
        <h2 id="endings-title">Endings</h2>
        {Object.entries(draft.endings).map(([id, ending]) => (
          <EndingCard key={id} id={id} ending={ending} taken={taken} dispatch={dispatch} open={cards.isOpen(id)} onToggle={(open) => cards.toggle(id, open)} />
        ))}
        <AddPointControl what="ending" example="start-tomorrow" onAdd={(id) => dispatch({ type: 'ending.add', id })} />
      </section>

      <section aria-labelledby="delete-title" className="editor-section">
        <h2 id="delete-title">Delete this scenario</h2>
        <ConfirmAction
          label="Delete scenario…"
          question={`Delete "${draft.title}" from your library? Assignments already sent keep their copy. Export it first to keep one yourself.`}
          keepLabel="Keep it"
          confirmLabel="Delete scenario"
          onConfirm={remove}
        />
      </section>
    </main>
  );
}
