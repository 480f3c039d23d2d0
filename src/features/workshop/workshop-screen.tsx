import { useState } from 'react';
import { SelectField } from '../../components/editor-fields.tsx';
import { randomSeed } from '../../lib/seeded-random.ts';
import { navigate, routeHref } from '../../lib/route.ts';
import { BUILTIN_SCENARIOS } from '../../domain/scenario/builtin-scenarios.ts';
import { useAppStore } from '../../store/app-store.ts';
import { decodeDrillCode, type DrillPickup, encodeDrillCode, MAX_ROUNDS, REPLY_TIME_LIMITS } from '../../domain/workshop/drill-code.ts';

function DrillSetupForm() {
  const [scenarioIds, setScenarioIds] = useState<string[]>([BUILTIN_SCENARIOS[0]?.id ?? '']);
  const [rounds, setRounds] = useState('2');
  const [seconds, setSeconds] = useState('45');
  const [pickup, setPickup] = useState<DrillPickup>('scenario');
  const [code, setCode] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const create = () => {
    if (scenarioIds.length === 0) {
      setProblem('Pick at least one scenario.');
      return;
    }
    setProblem(null);
    setCode(
      encodeDrillCode({
        scenarioIds: BUILTIN_SCENARIOS.map((scenario) => scenario.id).filter((id) => scenarioIds.includes(id)),
        rounds: Number(rounds),
        secondsPerReply: Number(seconds),
        seed: randomSeed(),
        pickup,
      }),
    );
  };

  return (
    <section aria-labelledby="setup-title" className="editor-section">
      <h2 id="setup-title">Run a drill</h2>
      <fieldset>
        <legend>Scenarios (the rounds take them in turn)</legend>
        {BUILTIN_SCENARIOS.map((scenario) => (
          <p key={scenario.id} className="check-row">
            <input
              id={`drill-${scenario.id}`}
              type="checkbox"
              checked={scenarioIds.includes(scenario.id)}
              onChange={(event) => {
                setCode(null);
                setScenarioIds(event.target.checked ? [...scenarioIds, scenario.id] : scenarioIds.filter((id) => id !== scenario.id));
              }}
            />
            <label htmlFor={`drill-${scenario.id}`}>{scenario.title}</label>
          </p>
        ))}
      </fieldset>
      <SelectField
        label="Rounds per participant"
        value={rounds}
        options={Array.from({ length: MAX_ROUNDS }, (_, index) => ({ value: String(index + 1), label: String(index + 1) }))}
        onChange={(value) => {
          setCode(null);
          setRounds(value);
        }}
      />
      <SelectField
        label="Time limit per reply"
        value={seconds}
        options={REPLY_TIME_LIMITS.map((limit) => ({ value: String(limit), label: `${limit} seconds` }))}
        onChange={(value) => {
          setCode(null);
          setSeconds(value);
        }}
      />
      <SelectField
        label="Who picks up"
        value={pickup}
        options={[
          { value: 'scenario', label: 'As each scenario says (sometimes a screener or voicemail)' },
          { value: 'manager', label: 'Always the manager' },
        ]}
        onChange={(value) => {
          setCode(null);
          setPickup(value);
        }}
      />
      {problem ? (
        <p className="voice-failure" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="button" className="button button-primary" onClick={create}>
        Create the drill code
      </button>
      {code ? (
        <div className="drill-code-panel" role="status">
          <p>Drill code</p>
          <p className="drill-code drill-code-large">{code}</p>
          <p className="muted">Participants on their own devices open Callback, choose Workshop and enter this code. Everyone gets the same manager.</p>
          <p className="actions">
            <a className="button button-primary" href={routeHref({ screen: 'workshop-run', code })}>
              Run it on this machine
            </a>
            <a className="button" href={routeHref({ screen: 'workshop-summary', code })}>
              Class summary
            </a>
          </p>
        </div>
      ) : null}
    </section>
  );
}

function JoinDrill() {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const join = () => {
    const decoded = decodeDrillCode(typed);
    if (!decoded.ok) {
      setProblem(decoded.message);
      return;
    }
    navigate({ screen: 'workshop-run', code: decoded.code });
  };
  return (
    <section aria-labelledby="join-title" className="editor-section">
      <h2 id="join-title">Join a drill</h2>
      <p className="field">
        <label htmlFor="join-code">Drill code</label>
        <input
          id="join-code"
          type="text"
          value={typed}
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          placeholder="7K2Q-M9XD-4HPA"
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && join()}
          aria-describedby={problem ? 'join-problem' : undefined}
        />
        {problem ? (
          <span id="join-problem" className="voice-failure" role="alert">
            {problem}
          </span>
        ) : null}
      </p>
      <button type="button" className="button button-primary" onClick={join}>
        Join
      </button>
    </section>
  );
}

/** Where a facilitator sets up a drill and a participant joins one. */
export function WorkshopScreen() {
  const results = useAppStore((state) => state.results);
  const codes = [...new Set(results.flatMap((file) => (file.source.kind === 'drill' ? [file.source.code] : [])))];
  return (
    <main className="screen" aria-labelledby="workshop-title">
      <h1 id="workshop-title">Workshop</h1>
      <p className="lede">Drills for a room: the same seeded manager for everyone, a time limit per reply, and a class summary at the end.</p>
      <JoinDrill />
      <DrillSetupForm />
      {codes.length ? (
        <section aria-labelledby="past-drills-title">
          <h2 id="past-drills-title">Drills with results on this machine</h2>
          <ul>
            {codes.map((code) => (
              <li key={code}>
                <a href={routeHref({ screen: 'workshop-summary', code })}>Class summary for {code}</a>{' '}
                <span className="muted">({results.filter((file) => file.source.kind === 'drill' && file.source.code === code).length} participants)</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
