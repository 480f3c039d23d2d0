import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ScenarioBriefing } from '../../components/scenario-briefing.tsx';
import { enterFullScreen, exitFullScreen, onFullScreenExit } from '../../lib/device/full-screen.ts';
import { managerPicksUp } from '../../domain/scenario/manager-picks-up.ts';
import { oneLineFeedback } from '../../domain/scoring/debrief-advice.ts';
import { download, fileSlug } from '../../lib/download.ts';
import { routeHref } from '../../lib/route.ts';
import { type ResultFile, resultFileName, resultFileText, summariseScenario } from '../../domain/result/result-file.ts';
import { builtinScenario } from '../../domain/scenario/builtin-scenarios.ts';
import { useAppStore } from '../../store/app-store.ts';
import type { CallRecord } from '../../domain/call/call-record.ts';
import { decodeDrillCode, type DrillSetup, drillRounds } from '../../domain/workshop/drill-code.ts';
import { DrillCall } from './drill-call.tsx';
import { Scorecard } from './scorecard.tsx';
import { countOf } from '../../lib/plural.ts';

type Phase = { kind: 'name' } | { kind: 'ready'; round: number } | { kind: 'playing'; round: number } | { kind: 'done' };

/** The drill's scenarios as a result file names them, so a facilitator needs nothing else. */
export function drillScenarioSummaries(setup: DrillSetup) {
  return setup.scenarioIds.map((scenarioId) => summariseScenario(scenarioId, builtinScenario(scenarioId)));
}

function DrillRun({ code, setup }: { code: string; setup: DrillSetup }) {
  const rounds = useMemo(() => drillRounds(setup), [setup]);
  const fileDrillRound = useAppStore((state) => state.fileDrillRound);
  const [participant, setParticipant] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'name' });
  const [lastFile, setLastFile] = useState<ResultFile | null>(null);
  const [projector, setProjector] = useState(false);
  const [lastRound, setLastRound] = useState<CallRecord | null>(null);
  const stage = useRef<HTMLDivElement>(null);
  // Escape leaves the projector view, through the browser's full screen or, where full screen was
  // refused, on its own; leaving the screen leaves full screen too.
  useEffect(() => {
    if (!projector) return;
    const unsubscribe = onFullScreenExit(() => setProjector(false));
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setProjector(false);
    };
    window.addEventListener('keydown', escape);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', escape);
      exitFullScreen();
    };
  }, [projector]);
  const toggleProjector = () => {
    // Entering full screen needs the click itself; leaving is the effect's cleanup above.
    if (!projector) enterFullScreen(stage.current);
    setProjector(!projector);
  };
  const [nameProblem, setNameProblem] = useState<string | null>(null);

  const start = () => {
    if (!participant.trim()) {
      setNameProblem('Type your name (or a nickname) so your scorecard is yours.');
      return;
    }
    setNameProblem(null);
    setPhase({ kind: 'ready', round: 0 });
  };

  const source = useMemo(() => ({ kind: 'drill' as const, code, scenarios: drillScenarioSummaries(setup) }), [code, setup]);
  const playing = phase.kind === 'playing' ? phase.round : null;
  // The machine grades each round; this files it under the participant's results as it finishes.
  const fileRound = useCallback(
    (record: CallRecord) => {
      if (playing === null) return;
      const file = fileDrillRound(participant, source, record, playing === 0);
      setLastFile(file);
      setLastRound(record);
    },
    [fileDrillRound, participant, source, playing],
  );
  const endRound = useCallback(() => {
    if (playing === null) return;
    setPhase(playing + 1 < rounds.length ? { kind: 'ready', round: playing + 1 } : { kind: 'done' });
  }, [playing, rounds.length]);

  const round = phase.kind === 'ready' || phase.kind === 'playing' ? rounds[phase.round] : undefined;
  const builtin = round ? builtinScenario(round.scenarioId) : undefined;
  const scenario = builtin && setup.pickup === 'manager' ? managerPicksUp(builtin) : builtin;

  return (
    <div ref={stage} className={projector ? 'projector' : undefined}>
      <p className="drill-meta">
        Drill <strong className="drill-code">{code}</strong> · {countOf(setup.rounds, 'round')} · {setup.secondsPerReply} s per reply
        {setup.pickup === 'manager' ? ' · the manager picks up' : ''}{' '}
        <button type="button" className="button button-small" aria-pressed={projector} onClick={toggleProjector}>
          Projector view
        </button>
      </p>
      {phase.kind === 'name' ? (
        <section aria-labelledby="participant-title">
          <h2 id="participant-title">Who's up?</h2>
          <p className="field">
            <label htmlFor="drill-participant">Participant name</label>
            <input
              id="drill-participant"
              type="text"
              value={participant}
              maxLength={80}
              onChange={(event) => setParticipant(event.target.value)}
              onKeyDown={(event) => event.key === 'Enter' && start()}
              aria-describedby={nameProblem ? 'participant-problem' : undefined}
            />
            {nameProblem ? (
              <span id="participant-problem" className="voice-failure" role="alert">
                {nameProblem}
              </span>
            ) : null}
          </p>
          <button type="button" className="button button-primary" onClick={start}>
            Start the drill
          </button>
        </section>
      ) : null}
      {phase.kind === 'ready' && round && scenario ? (
        <section aria-labelledby="round-title">
          <h2 id="round-title">
            Round {round.index + 1} of {rounds.length}: {scenario.title}
          </h2>
          {lastRound && round.index > 0 ? (
            <p className="round-feedback" role="status">
              <strong>Round {round.index}:</strong> {lastRound.output.outcome.kind === 'ending' ? lastRound.output.outcome.title : 'ran out of time'}.{' '}
              {oneLineFeedback(lastRound.output.turns, lastRound.grade.scores)}
            </p>
          ) : null}
          <p>{scenario.situation}</p>
          <ScenarioBriefing scenario={scenario} headingLevel={3} />
          <button type="button" className="button button-primary" onClick={() => setPhase({ kind: 'playing', round: round.index })}>
            {participant}, start round {round.index + 1}
          </button>
        </section>
      ) : null}
      {phase.kind === 'playing' && round && scenario ? (
        <section aria-labelledby="round-title">
          <h2 id="round-title">
            Round {round.index + 1} of {rounds.length}: {scenario.persona.name}, {scenario.persona.company}
          </h2>
          <DrillCall
            key={`${participant}-${round.index}`}
            scenario={scenario}
            seed={round.seed}
            secondsPerReply={setup.secondsPerReply}
            idPrefix={`drill-${code.toLowerCase()}-${fileSlug(participant, 'p')}-${round.index + 1}`}
            fileCall={fileRound}
            onDone={endRound}
          />
        </section>
      ) : null}
      {phase.kind === 'done' && lastFile ? (
        <section aria-labelledby="drill-done-title">
          <h2 id="drill-done-title">Well done, {lastFile.participant}</h2>
          {lastRound ? (
            <p className="round-feedback" role="status">
              <strong>Last round:</strong> {oneLineFeedback(lastRound.output.turns, lastRound.grade.scores)}
            </p>
          ) : null}
          <Scorecard name={lastFile.participant} calls={lastFile.calls} drillCode={code} />
          <p className="actions">
            <button type="button" className="button button-primary" onClick={() => download(resultFileName(lastFile), resultFileText(lastFile))}>
              Save my results file
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setParticipant('');
                setPhase({ kind: 'name' });
              }}
            >
              Next participant
            </button>
            <a className="button" href={routeHref({ screen: 'workshop-summary', code })}>
              Class summary
            </a>
          </p>
          <p className="muted">On your own device? Save your results file and send it to the facilitator. On the room's machine, your results are already in the class summary.</p>
        </section>
      ) : null}
    </div>
  );
}

/** A participant's drill: the code decides the scenarios, rounds, time limit and manager. */
export function WorkshopRunScreen({ code }: { code: string }) {
  const decoded = decodeDrillCode(code);
  return (
    <main className="screen workshop-run" aria-labelledby="workshop-run-title">
      <p>
        <a href={routeHref({ screen: 'workshop' })}>← Workshop</a>
      </p>
      <h1 id="workshop-run-title">Workshop drill</h1>
      {decoded.ok ? (
        <DrillRun code={decoded.code} setup={decoded.setup} />
      ) : (
        <p className="notice notice-error" role="alert">
          {decoded.message}
        </p>
      )}
    </main>
  );
}
