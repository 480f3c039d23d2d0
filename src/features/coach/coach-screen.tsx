import { ownValue } from '../../lib/own.ts';
import { useState } from 'react';
import { FileButton, type PickedFile } from '../../components/file-button.tsx';
import { type Notice, NoticeView } from '../../components/problem-list.tsx';
import { navigate, routeHref } from '../../lib/route.ts';
import { checkScenarioText } from '../../domain/scenario/check-scenario.ts';
import { BUILTIN_SCENARIO_IDS, BUILTIN_SCENARIOS } from '../../domain/scenario/builtin-scenarios.ts';
import { parseScenarioText } from '../../domain/scenario/scenario-format.ts';
import type { Scenario } from '../../domain/scenario/scenario-schema.ts';
import { useAppStore } from '../../store/app-store.ts';
import { copyScenario, newScenarioTemplate, uniqueId } from './scenario-drafts.ts';
import { countOf } from '../../lib/plural.ts';

/** An imported scenario waiting for the coach to say what to do about an id already in use. */
interface PendingImport {
  fileName: string;
  scenario: Scenario;
  /** False when the id is a built-in's, which can't be replaced, only kept alongside. */
  canReplace: boolean;
}

function useTakenIds(): Set<string> {
  const customScenarios = useAppStore((state) => state.customScenarios);
  return new Set([...BUILTIN_SCENARIO_IDS, ...Object.keys(customScenarios)]);
}

/** Reads a scenario file with the same checks as `npm run scenarios:check`. */
function readScenarioFile(file: PickedFile): { ok: true; scenario: Scenario } | { ok: false; notice: Notice } {
  const problems = checkScenarioText(file.text);
  if (problems.length > 0) return { ok: false, notice: { tone: 'error', text: `${file.name} wasn't imported; nothing was changed. ${countOf(problems.length, 'problem')}:`, problems } };
  const parsed = parseScenarioText(file.text);
  return parsed.ok ? { ok: true, scenario: parsed.value } : { ok: false, notice: { tone: 'error', text: `${file.name} wasn't imported.`, problems: parsed.problems } };
}

function ScenarioLibrary() {
  const customScenarios = useAppStore((state) => state.customScenarios);
  const saveScenario = useAppStore((state) => state.saveScenario);
  const taken = useTakenIds();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [copyFrom, setCopyFrom] = useState<string>(BUILTIN_SCENARIO_IDS[0]);

  const create = () => {
    const id = uniqueId('my-scenario', taken);
    saveScenario(newScenarioTemplate(id));
    navigate({ screen: 'edit', scenarioId: id });
  };

  const copy = () => {
    const source = BUILTIN_SCENARIOS.find((scenario) => scenario.id === copyFrom) ?? ownValue(customScenarios, copyFrom);
    if (!source) return;
    const id = uniqueId(`${source.id}-copy`, taken);
    saveScenario(copyScenario(source, id));
    navigate({ screen: 'edit', scenarioId: id });
  };

  const importFile = ([file]: PickedFile[]) => {
    if (!file) return;
    setPending(null);
    const read = readScenarioFile(file);
    if (!read.ok) {
      setNotice(read.notice);
      return;
    }
    if (taken.has(read.scenario.id)) {
      setNotice(null);
      setPending({ fileName: file.name, scenario: read.scenario, canReplace: !(BUILTIN_SCENARIO_IDS as readonly string[]).includes(read.scenario.id) });
      return;
    }
    saveScenario(read.scenario);
    setNotice({ tone: 'ok', text: `Imported "${read.scenario.title}" from ${file.name}.` });
  };

  const resolve = (choice: 'replace' | 'keep-both' | 'cancel') => {
    if (!pending) return;
    if (choice === 'replace') {
      saveScenario(pending.scenario);
      setNotice({ tone: 'ok', text: `Replaced "${pending.scenario.id}" with the one from ${pending.fileName}.` });
    } else if (choice === 'keep-both') {
      const id = uniqueId(pending.scenario.id, taken);
      saveScenario({ ...pending.scenario, id });
      setNotice({ tone: 'ok', text: `Imported ${pending.fileName} as "${id}"; the existing "${pending.scenario.id}" is unchanged.` });
    } else {
      setNotice({ tone: 'ok', text: `Nothing imported; "${pending.scenario.id}" is unchanged.` });
    }
    setPending(null);
  };

  const mine = Object.values(customScenarios).sort((a, b) => a.title.localeCompare(b.title));
  return (
    <section aria-labelledby="library-title">
      <h2 id="library-title">Your scenarios</h2>
      {mine.length === 0 ? <p className="muted">Write your own, or copy a built-in one and adapt it to a candidate's real situation.</p> : null}
      <ul className="library">
        {mine.map((scenario) => (
          <li key={scenario.id}>
            <strong>{scenario.title}</strong> <span className="muted">({scenario.id})</span>{' '}
            <a className="button button-small" href={routeHref({ screen: 'edit', scenarioId: scenario.id })}>
              Edit <span className="visually-hidden">{scenario.title}</span>
            </a>{' '}
            <a className="button button-small" href={routeHref({ screen: 'prepare', scenarioId: scenario.id })}>
              Play <span className="visually-hidden">{scenario.title}</span>
            </a>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={create}>
          New scenario
        </button>
        <FileButton label="Scenario file to import" onFiles={importFile}>
          Import a scenario file
        </FileButton>
      </div>
      <div className="actions copy-builtin">
        <label htmlFor="copy-from">Copy a scenario to adapt</label>
        <select id="copy-from" value={copyFrom} onChange={(event) => setCopyFrom(event.target.value)}>
          {[...BUILTIN_SCENARIOS, ...mine].map((scenario) => (
            <option key={scenario.id} value={scenario.id}>
              {scenario.title}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={copy}>
          Copy it
        </button>
      </div>
      {pending ? (
        <div className="notice notice-warning" role="alert">
          <p>
            {pending.fileName} holds a scenario with the id "{pending.scenario.id}", which {pending.canReplace ? 'you already have' : 'is a built-in scenario'}. What should happen?
          </p>
          <p className="actions">
            {pending.canReplace ? (
              <button type="button" className="button button-danger" onClick={() => resolve('replace')}>
                Replace mine
              </button>
            ) : null}
            <button type="button" className="button button-primary" onClick={() => resolve('keep-both')}>
              Keep both
            </button>
            <button type="button" className="button" onClick={() => resolve('cancel')}>
              Cancel
            </button>
          </p>
        </div>
      ) : null}
      <NoticeView notice={notice} />
    </section>
  );
}

function AssignmentList() {
  const assignments = useAppStore((state) => state.assignments);
  const list = Object.values(assignments).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="assignments-title">
      <h2 id="assignments-title">Assignments</h2>
      <p>Pick scenarios, set goals, a due date and a note, then share a link or a file. Your own scenarios travel inside it.</p>
      {list.length ? (
        <ul>
          {list.map((assignment) => (
            <li key={assignment.id}>
              <a href={routeHref({ screen: 'assignment', assignmentId: assignment.id })}>{assignment.title}</a>{' '}
              <span className="muted">
                {countOf(assignment.items.length, 'scenario')}
                {assignment.due ? `, due ${assignment.due}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <a className="button button-primary" href={routeHref({ screen: 'new-assignment' })}>
        New assignment
      </a>
    </section>
  );
}

/** The coach's desk: their scenarios, their assignments, and the results candidates sent back. */
export function CoachScreen() {
  const results = useAppStore((state) => state.results);
  const assignmentResults = results.filter((file) => file.source.kind === 'assignment').length;
  return (
    <main className="screen" aria-labelledby="coach-title">
      <h1 id="coach-title">Coach</h1>
      <p className="lede">Write scenarios for your candidates' real calls, assign them with goals, and review how the practice went. No accounts: work travels as links and files.</p>
      <ScenarioLibrary />
      <AssignmentList />
      <section aria-labelledby="review-title">
        <h2 id="review-title">Results</h2>
        <p>
          {assignmentResults === 0 ? 'When candidates send you their results files, import them here.' : `${countOf(assignmentResults, 'candidate result file')} imported.`}{' '}
          <a className="button" href={routeHref({ screen: 'review' })}>
            Review results
          </a>
        </p>
      </section>
    </main>
  );
}
