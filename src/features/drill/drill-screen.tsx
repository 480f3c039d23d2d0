import { useActorRef, useSelector } from '@xstate/react';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { createThankYouDrillMachine } from '../../../machines/thank-you-drill-machine.ts';
import { ReplyBox } from '../../components/reply-box.tsx';
import { ClosingChecklist } from '../../components/closing-checklist.tsx';
import { routeHref } from '../../lib/route.ts';
import { randomSeed } from '../../lib/seeded-random.ts';
import { BUILTIN_SCENARIOS } from '../../domain/scenario/builtin-scenarios.ts';
import { checkClosing } from '../../domain/scoring/grade-call.ts';
import { noLinesFrom } from './no-lines.ts';
import { countOf } from '../../lib/plural.ts';

const drillMachine = createThankYouDrillMachine({ judge: (reply, noLine) => checkClosing(reply, noLine) });
const NO_LINES = noLinesFrom(BUILTIN_SCENARIOS);

/** A quick drill: the manager says no in varied ways and the candidate practises the close. */
export function DrillScreen() {
  const seed = useMemo(() => randomSeed(), []);
  const actor = useActorRef(drillMachine, { input: { noLines: NO_LINES, seed } });
  const noLine = useSelector(actor, (state) => state.context.currentNo);
  const yourTurn = useSelector(actor, (state) => state.hasTag('candidateTurn'));
  const finished = useSelector(actor, (state) => state.status === 'done');
  const lastRound = useSelector(actor, (state) => state.context.rounds[state.context.rounds.length - 1]);
  const streak = useSelector(actor, (state) => state.context.streak);
  const bestStreak = useSelector(actor, (state) => state.context.bestStreak);
  const rounds = useSelector(actor, (state) => state.context.rounds.length);
  const [draft, setDraft] = useState('');

  const say = () => {
    if (!draft.trim()) return;
    actor.send({ type: 'candidate.reply', text: draft });
    setDraft('');
  };
  const send = (event: FormEvent) => {
    event.preventDefault();
    say();
  };
  const replyBox = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (yourTurn) replyBox.current?.focus();
  }, [yourTurn]);

  return (
    <main className="screen" aria-labelledby="drill-title">
      <p>
        <a href={routeHref({ screen: 'home' })}>← All calls</a>
      </p>
      <h1 id="drill-title">The thank-you drill</h1>
      <p className="lede">The manager says no. You close graciously: thanks for their time and candour, no pushback, the door left open.</p>
      <p className="streak" role="status">
        Streak {streak} · Best {bestStreak} · Rounds {rounds}
      </p>
      {finished ? (
        <p>
          Drill over: your best streak was {bestStreak} in {countOf(rounds, 'round')}. <a href={routeHref({ screen: 'drill' })}>Start again</a> or{' '}
          <a href={routeHref({ screen: 'home' })}>go back to your calls</a>.
        </p>
      ) : yourTurn ? (
        <form className="reply" onSubmit={send}>
          <div className="line line-them" aria-live="polite">
            <span className="line-who">Manager</span>
            <span className="line-text">{noLine}</span>
          </div>
          {/* As on a call: Enter says it, Shift+Enter starts a new line. */}
          <ReplyBox id="drill-reply" label="Your close" boxRef={replyBox} value={draft} disabled={false} describedBy="drill-help" onChange={setDraft} onSay={say} />
          <p className="help" id="drill-help">
            Press Enter to say it; Shift+Enter for a new line.
          </p>
          <div className="call-controls">
            <button type="submit" className="button button-primary" disabled={!draft.trim()}>
              Say it
            </button>
            <button type="button" className="button" onClick={() => actor.send({ type: 'drill.finish' })}>
              Finish the drill
            </button>
          </div>
        </form>
      ) : lastRound ? (
        <section aria-labelledby="verdict-title" className={lastRound.check.gracious ? 'closing closing-pass' : 'closing closing-fail'}>
          <h2 id="verdict-title">{lastRound.check.gracious ? 'Gracious.' : 'Not quite.'}</h2>
          <ol className="transcript" aria-label="This round">
            <li className="line line-them">
              <span className="line-who">Manager</span>
              <span className="line-text">{lastRound.noLine}</span>
            </li>
            <li className="line line-you">
              <span className="line-who">You</span>
              <span className="line-text">{lastRound.reply}</span>
            </li>
          </ol>
          <ClosingChecklist check={lastRound.check} />
          <div className="call-controls">
            <button type="button" className="button button-primary" onClick={() => actor.send({ type: 'drill.next' })} autoFocus>
              Next no
            </button>
            <button type="button" className="button" onClick={() => actor.send({ type: 'drill.finish' })}>
              Finish the drill
            </button>
          </div>
        </section>
      ) : null}
    </main>
  );
}
