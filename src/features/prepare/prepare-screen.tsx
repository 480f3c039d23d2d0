import { ownValue } from '../../lib/own.ts';
import { useId, useMemo, useState } from 'react';
import { FindingList } from '../../components/finding-list.tsx';
import { markedSpans } from '../../domain/scoring/finding-spans.ts';
import { findingCost, type Finding } from '../../domain/scoring/score-types.ts';
import { HighlightedText } from '../../components/highlighted-text.tsx';
import { ScenarioBriefing } from '../../components/scenario-briefing.tsx';
import { scoresInWords } from '../../components/score-meters.tsx';
import { routeHref } from '../../lib/route.ts';
import type { Scenario } from '../../domain/scenario/scenario-schema.ts';
import { score } from '../../domain/scoring/score-reply.ts';
import { useAppStore } from '../../store/app-store.ts';
import { EMPTY_SCRIPT, SCRIPT_PART_TITLES, SCRIPT_PARTS, type ScriptPart } from '../../domain/script/script.ts';
import { countOf } from '../../lib/plural.ts';

/** What each part of the script is for, for a call the candidate makes and for one they take. */
const PART_HELP: Record<Scenario['direction'], Record<ScriptPart, string>> = {
  outgoing: {
    opening: 'Greeting, your name, why you are calling, and whether it is a good time.',
    reason: 'The true, specific reason. Address what you said before, head-on.',
    ask: 'What you would like to happen next.',
    thankYou: 'Thanks for their time and candour, no pushback, the door left open.',
  },
  incoming: {
    opening: 'Answer with your name, and thank them for calling back.',
    reason: 'Why you declined, truthfully, and what has changed since, if anything.',
    ask: 'What you would want settled before saying yes: the terms, the role, the start.',
    thankYou: 'Thanks for thinking of you again, whatever the answer, and the door left open.',
  },
};

/** The findings in a few words: how many marked phrases cost or earned points, as the marks show them. */
function countPhrases(text: string, findings: readonly Finding[]): string {
  const costly = markedSpans(
    text,
    findings.filter((finding) => findingCost(finding) > 0),
  ).length;
  const helped = markedSpans(
    text,
    findings.filter((finding) => findingCost(finding) < 0),
  ).length;
  const wholeReply = findings.some((finding) => finding.end <= finding.start && findingCost(finding) > 0);
  return [
    costly > 0 ? `${countOf(costly, 'phrase')} cost points` : 'no phrase cost points',
    helped > 0 ? `${countOf(helped, 'phrase')} earned them` : null,
    wholeReply ? 'the whole part lost some' : null,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The manager line each part of the script answers, so the pad scores it in context. */
function managerLineFor(scenario: Scenario, part: ScriptPart): string {
  const nodes = Object.values(scenario.nodes).filter((node) => node.speaker === 'manager');
  if (part === 'opening') return nodes[0]?.lines[0] ?? '';
  if (part === 'thankYou') return "I'm sorry, we've moved on.";
  return nodes[Math.min(nodes.length - 1, part === 'reason' ? 1 : 2)]?.lines[0] ?? '';
}

function ScriptField({ scenario, part }: { scenario: Scenario; part: ScriptPart }) {
  const id = useId();
  const text = useAppStore((state) => ownValue(state.scripts, scenario.id)?.[part] ?? '');
  const updateScript = useAppStore((state) => state.updateScript);
  const result = useMemo(
    () => score(text, { scenarioId: scenario.id, managerLine: managerLineFor(scenario, part), briefingFacts: [scenario.briefing.youSaid, ...scenario.briefing.facts] }),
    [text, scenario, part],
  );
  return (
    <div className="script-field">
      <label htmlFor={id}>{SCRIPT_PART_TITLES[part]}</label>
      <p className="help" id={`${id}-help`}>
        {PART_HELP[scenario.direction][part]}
      </p>
      <textarea id={id} aria-describedby={`${id}-help`} rows={3} value={text} maxLength={20_000} onChange={(event) => updateScript(scenario.id, part, event.target.value)} />
      {text.trim() ? (
        <div className="script-feedback">
          <p className="script-mirror">
            <HighlightedText text={text} findings={result.findings} />
          </p>
          {/* One line, so a script of four parts stays a page, not a stack of cards; details on request. */}
          <details className="script-details">
            <summary>
              {scoresInWords(result)}: {countPhrases(text, result.findings)}
            </summary>
            <FindingList findings={result.findings} />
          </details>
        </div>
      ) : null}
    </div>
  );
}

/** The briefing, the script pad scored as you type, and the teleprompter for practising aloud. */
export function PrepareScreen({ scenario, assignmentId }: { scenario: Scenario; assignmentId?: string }) {
  const [teleprompter, setTeleprompter] = useState(false);
  const script = useAppStore((state) => ownValue(state.scripts, scenario.id) ?? EMPTY_SCRIPT);
  return (
    <main className="screen" aria-labelledby="prepare-title">
      <p>{assignmentId ? <a href={routeHref({ screen: 'assignment', assignmentId })}>← The assignment</a> : <a href={routeHref({ screen: 'home' })}>← All calls</a>}</p>
      <h1 id="prepare-title">{scenario.title}</h1>
      <ScenarioBriefing scenario={scenario} />
      {teleprompter ? (
        <section className="teleprompter" aria-labelledby="teleprompter-title">
          <h2 id="teleprompter-title">Read it out loud</h2>
          {SCRIPT_PARTS.map((part) => (script[part].trim() ? <p key={part}>{script[part]}</p> : null))}
          <button type="button" className="button" onClick={() => setTeleprompter(false)}>
            Back to editing
          </button>
        </section>
      ) : (
        <section aria-labelledby="script-title">
          <h2 id="script-title">Your script</h2>
          <p className="muted">Write what you plan to say. It is scored as you type; nothing leaves this device.</p>
          {SCRIPT_PARTS.map((part) => (
            <ScriptField key={part} scenario={scenario} part={part} />
          ))}
          <button type="button" className="button" onClick={() => setTeleprompter(true)}>
            Practise it out loud
          </button>
        </section>
      )}
      <p className="actions">
        <a className="button button-primary" href={routeHref({ screen: 'call', scenarioId: scenario.id, assignmentId })}>
          {scenario.direction === 'incoming' ? 'Take the call' : 'Make the call'}
        </a>
      </p>
    </main>
  );
}
