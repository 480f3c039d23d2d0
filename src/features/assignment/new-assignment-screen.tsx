import { useEffect, useState } from 'react';
import { TextArea, TextField } from '../../components/editor-fields.tsx';
import { type Notice, NoticeView } from '../../components/problem-list.tsx';
import { routeHref } from '../../lib/route.ts';
import { BUILTIN_SCENARIOS } from '../../domain/scenario/builtin-scenarios.ts';
import { findGraphProblems } from '../../domain/scenario/scenario-graph.ts';
import type { Scenario } from '../../domain/scenario/scenario-schema.ts';
import { useAppStore } from '../../store/app-store.ts';
import { type Assignment, assignmentFileText, newAssignmentId, parseAssignmentText } from '../../domain/assignment/assignment-format.ts';
import { defaultGoal, GoalEditor } from './goal-editor.tsx';
import { ShareAssignment } from './share-assignment.tsx';
import { problemPlace } from '../../domain/scenario/problem-place.ts';
import type { Goal } from '../../domain/assignment/goals.ts';

interface Picked {
  scenario: Scenario;
  builtin: boolean;
  goals: Goal[];
}

/** The coach builds an assignment: scenarios, goals per scenario, a due date and a note. */
export function NewAssignmentScreen() {
  const customScenarios = useAppStore((state) => state.customScenarios);
  const lastCoach = useAppStore((state) => Object.values(state.assignments).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]?.coach ?? '');
  const saveAssignment = useAppStore((state) => state.saveAssignment);
  const [title, setTitle] = useState('');
  const [coach, setCoach] = useState(lastCoach);
  const [note, setNote] = useState('');
  const [due, setDue] = useState('');
  const [picked, setPicked] = useState<Picked[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [created, setCreated] = useState<Assignment | null>(null);
  useEffect(() => {
    if (created) document.getElementById('share-title')?.focus();
  }, [created]);

  // A scenario that could leave a candidate stuck mid-call isn't offered until it's fixed.
  const playable = Object.values(customScenarios).filter((scenario) => findGraphProblems(scenario).length === 0);
  const options = [...BUILTIN_SCENARIOS.map((scenario) => ({ scenario, builtin: true })), ...playable.map((scenario) => ({ scenario, builtin: false }))];

  const toggle = (scenario: Scenario, builtin: boolean, on: boolean) => {
    setPicked(on ? [...picked, { scenario, builtin, goals: [defaultGoal('reach-ending', scenario)] }] : picked.filter((each) => each.scenario.id !== scenario.id));
  };
  const setGoals = (scenarioId: string, goals: Goal[]) => setPicked(picked.map((each) => (each.scenario.id === scenarioId ? { ...each, goals } : each)));

  const create = () => {
    const assignment: Assignment = {
      format: 'callback-assignment',
      version: 1,
      id: newAssignmentId(),
      title: title.trim(),
      coach: coach.trim(),
      note: note.trim(),
      due: due || null,
      createdAt: new Date().toISOString(),
      items: picked.map((each) => ({ scenarioId: each.scenario.id, goals: each.goals, scenario: each.builtin ? undefined : each.scenario })),
    };
    // Checked exactly as the candidate's app will check it, so what is sent always opens.
    const checked = parseAssignmentText(assignmentFileText(assignment));
    if (!checked.ok) {
      const itemName = (index: number) => picked[index]?.scenario.title ?? `Scenario ${index + 1}`;
      setNotice({ tone: 'error', text: "The assignment isn't ready yet:", problems: checked.problems, place: (path) => problemPlace(path, itemName) });
      return;
    }
    saveAssignment(checked.value);
    setCreated(checked.value);
  };

  // What the coach came to do next is send it: the link and the file come first.
  if (created) {
    return (
      <main className="screen" aria-labelledby="created-title">
        <p>
          <a href={routeHref({ screen: 'coach' })}>← Coach</a>
        </p>
        <h1 id="created-title">Created "{created.title}"</h1>
        <p className="muted">It is saved in this browser too, under Coach.</p>
        <ShareAssignment assignment={created} heading="Send it to your candidate" />
        <p className="actions">
          <a className="button" href={routeHref({ screen: 'assignment', assignmentId: created.id })}>
            See it as your candidate will
          </a>{' '}
          <a className="button" href={routeHref({ screen: 'coach' })}>
            Back to Coach
          </a>
        </p>
      </main>
    );
  }

  return (
    <main className="screen" aria-labelledby="new-assignment-title">
      <p>
        <a href={routeHref({ screen: 'coach' })}>← Coach</a>
      </p>
      <h1 id="new-assignment-title">New assignment</h1>
      <section aria-labelledby="assignment-about" className="editor-section">
        <h2 id="assignment-about">For the candidate</h2>
        <TextField label="Title" value={title} maxLength={120} onChange={setTitle} help='For example: "Before your call to Northwind".' />
        <TextField label="Your name, as the candidate knows you" value={coach} maxLength={80} onChange={setCoach} />
        <p className="field">
          <label htmlFor="assignment-due">Due date</label>
          <input id="assignment-due" type="date" value={due} onChange={(event) => setDue(event.target.value)} />
        </p>
        <TextArea label="A note to the candidate" value={note} rows={4} onChange={setNote} />
      </section>
      <section aria-labelledby="assignment-scenarios" className="editor-section">
        <h2 id="assignment-scenarios">Scenarios and goals</h2>
        <fieldset>
          <legend>Scenarios to practise</legend>
          {options.map(({ scenario, builtin }) => (
            <p key={scenario.id} className="check-row">
              <input
                id={`pick-${scenario.id}`}
                type="checkbox"
                checked={picked.some((each) => each.scenario.id === scenario.id)}
                onChange={(event) => toggle(scenario, builtin, event.target.checked)}
              />
              <label htmlFor={`pick-${scenario.id}`}>
                {scenario.title} <span className="muted">{builtin ? '(built-in)' : '(yours; travels inside the assignment)'}</span>
              </label>
            </p>
          ))}
        </fieldset>
        {picked.map((each) => (
          <section key={each.scenario.id} className="assignment-item" aria-labelledby={`goals-${each.scenario.id}`}>
            <h3 id={`goals-${each.scenario.id}`}>Goals for {each.scenario.title}</h3>
            {each.goals.map((goal, index) => (
              <GoalEditor
                key={index}
                goal={goal}
                index={index}
                scenario={each.scenario}
                onChange={(changed) =>
                  setGoals(
                    each.scenario.id,
                    each.goals.map((old, at) => (at === index ? changed : old)),
                  )
                }
                onRemove={() =>
                  setGoals(
                    each.scenario.id,
                    each.goals.filter((_, at) => at !== index),
                  )
                }
              />
            ))}
            <button type="button" className="button button-small" onClick={() => setGoals(each.scenario.id, [...each.goals, defaultGoal('score', each.scenario)])}>
              Add a goal <span className="visually-hidden">for {each.scenario.title}</span>
            </button>
          </section>
        ))}
      </section>
      <NoticeView notice={notice} />
      <p className="actions">
        <button type="button" className="button button-primary" onClick={create}>
          Create assignment
        </button>
      </p>
    </main>
  );
}
