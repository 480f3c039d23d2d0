import { useActorRef, useSelector } from '@xstate/react';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { CallOutput } from '../../domain/call/call-types.ts';
import { callMachine } from '../../components/call/call-actor.ts';
import { speakerLabel } from '../../domain/call/speaker-label.ts';
import { ReplyBox } from '../../components/reply-box.tsx';
import { useSpokenLines } from '../../components/call/use-spoken-lines.ts';
import type { Scenario } from '../../domain/scenario/scenario-schema.ts';

/** Seconds left before the reply is due; counts only while it is the participant's turn. */
function useReplyCountdown(active: boolean, turn: number, seconds: number, onTimeUp: () => void): number {
  const [left, setLeft] = useState(seconds);
  const timeUp = useRef(onTimeUp);
  timeUp.current = onTimeUp;
  useEffect(() => {
    setLeft(seconds);
    if (!active) return;
    const deadline = Date.now() + seconds * 1000;
    const timer = window.setInterval(() => {
      const remaining = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining === 0) {
        window.clearInterval(timer);
        timeUp.current();
      }
    }, 250);
    return () => window.clearInterval(timer);
  }, [active, turn, seconds]);
  return left;
}

/**
 * One drill round: the manager's line large enough for a room to read, a countdown per reply,
 * and the reply box. When time is up, what is typed is said; with nothing typed, the round ends.
 */
export function DrillCall({ scenario, seed, secondsPerReply, onFinished }: { scenario: Scenario; seed: number; secondsPerReply: number; onFinished: (output: CallOutput) => void }) {
  // The drill's clock is the only one: the manager doesn't ask "are you still there?" before it runs out.
  const input = useMemo(() => ({ scenario: { ...scenario, persona: { ...scenario.persona, patienceSeconds: secondsPerReply + 5 } }, seed }), [scenario, seed, secondsPerReply]);
  const actor = useActorRef(callMachine, { input });
  const candidateTurn = useSelector(actor, (state) => state.hasTag('candidateTurn'));
  const connecting = useSelector(actor, (state) => state.hasTag('connecting'));
  const transcript = useSelector(actor, (state) => state.context.transcript);
  const turnCount = useSelector(actor, (state) => state.context.turns.length);
  useSpokenLines(transcript);
  const [draft, setDraft] = useState('');
  const replyBox = useRef<HTMLTextAreaElement>(null);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    actor.send({ type: 'call.dial' });
    const subscription = actor.subscribe({ complete: () => finished.current(actor.getSnapshot().output as CallOutput) });
    return () => subscription.unsubscribe();
  }, [actor]);

  useEffect(() => {
    if (candidateTurn) replyBox.current?.focus();
  }, [candidateTurn]);

  const say = (text: string) => {
    if (!text.trim()) return;
    actor.send({ type: 'candidate.reply', text });
    setDraft('');
  };
  const left = useReplyCountdown(candidateTurn, turnCount, secondsPerReply, () => {
    const text = replyBox.current?.value ?? '';
    if (text.trim()) say(text);
    else actor.send({ type: 'call.hangUp' });
  });
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (candidateTurn) say(draft);
  };

  const lastLine = [...transcript].reverse().find((entry) => entry.speaker !== 'candidate');
  return (
    <div className="drill-call">
      <p className="drill-speaker">{lastLine ? speakerLabel(lastLine.speaker, scenario.persona.name) : connecting ? (scenario.direction === 'incoming' ? 'Incoming call…' : 'Ringing…') : ''}</p>
      <p className="drill-line" aria-live="polite">
        {lastLine?.text ?? ''}
      </p>
      <div className={`drill-countdown${candidateTurn && left <= 5 ? ' drill-countdown-low' : ''}`} role="timer" aria-label="Time left for this reply">
        {candidateTurn ? `${left}s` : '…'}
      </div>
      <p className="visually-hidden" aria-live="assertive">
        {candidateTurn && left === 10 && secondsPerReply > 10 ? '10 seconds left' : ''}
      </p>
      <form className="reply" onSubmit={send}>
        <ReplyBox
          id="drill-reply"
          boxRef={replyBox}
          value={draft}
          disabled={!candidateTurn}
          describedBy="drill-turn-status"
          onChange={(text) => {
            setDraft(text);
            actor.send({ type: 'candidate.typing' });
          }}
          onSay={() => candidateTurn && say(draft)}
        />
        <p className="help" id="drill-turn-status">
          {candidateTurn ? 'Press Enter to say it. When the time runs out, what you have typed is said.' : 'Listen…'}
        </p>
        <button type="submit" className="button button-primary" disabled={!candidateTurn || !draft.trim()}>
          Say it
        </button>
      </form>
    </div>
  );
}
