import { useActorRef, useSelector } from '@xstate/react';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { callMachine } from '../../components/call/call-actor.ts';
import { useCallTiming } from '../../components/call/call-pace.ts';
import { useSpokenLines } from '../../components/call/use-spoken-lines.ts';
import { ReplyBox } from '../../components/reply-box.tsx';
import type { CallRecord } from '../../domain/call/call-record.ts';
import { speakerLabel } from '../../domain/call/speaker-label.ts';
import type { Scenario } from '../../domain/scenario/scenario-schema.ts';

/**
 * Whole seconds until `dueAtMs`, re-read four times a second for the display; the machine keeps the
 * real deadline. Never shows more than the reply's allowance, even before the first tick.
 */
function useSecondsLeft(dueAtMs: number | null, allowance: number): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (dueAtMs === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [dueAtMs]);
  return dueAtMs === null ? null : Math.min(allowance, Math.max(0, Math.ceil((dueAtMs - now) / 1000)));
}

/** What a drill round needs: its call, and what to do with the finished, graded call. */
export interface DrillCallProps {
  scenario: Scenario;
  seed: number;
  secondsPerReply: number;
  idPrefix: string;
  /** Files the finished call (supplied to the machine as its fileCall action). */
  fileCall: (record: CallRecord) => void;
  /** The round is over: the machine is done. */
  onDone: () => void;
}

/**
 * One drill round: the manager's line large enough for a room to read, the time left for the
 * reply, and the reply box. The deadline is the machine's: when it passes, what is typed is said,
 * and with nothing typed the round ends.
 */
export function DrillCall({ scenario, seed, secondsPerReply, idPrefix, fileCall, onDone }: DrillCallProps) {
  const timing = useCallTiming();
  const machine = useMemo(() => callMachine.provide({ actions: { fileCall: (_, record: CallRecord) => fileCall(record) } }), [fileCall]);
  const actor = useActorRef(machine, { input: { scenario, seed, timing, replyDeadlineMs: secondsPerReply * 1000, idPrefix } });
  const candidateTurn = useSelector(actor, (state) => state.hasTag('candidateTurn'));
  const connecting = useSelector(actor, (state) => state.hasTag('connecting'));
  const transcript = useSelector(actor, (state) => state.context.transcript);
  const draft = useSelector(actor, (state) => state.context.draft);
  const replyDueAtMs = useSelector(actor, (state) => (state.hasTag('candidateTurn') ? state.context.replyDueAtMs : null));
  const left = useSecondsLeft(replyDueAtMs, secondsPerReply);
  useSpokenLines(transcript);
  const replyBox = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    actor.send({ type: 'call.dial' });
    const subscription = actor.subscribe({ complete: onDone });
    return () => subscription.unsubscribe();
  }, [actor, onDone]);

  useEffect(() => {
    if (candidateTurn) replyBox.current?.focus();
  }, [candidateTurn]);

  const say = () => {
    if (candidateTurn && draft.trim()) actor.send({ type: 'candidate.reply', text: draft });
  };
  const send = (event: FormEvent) => {
    event.preventDefault();
    say();
  };

  const lastLine = [...transcript].reverse().find((entry) => entry.speaker !== 'candidate');
  return (
    <div className="drill-call">
      <p className="drill-speaker">{lastLine ? speakerLabel(lastLine.speaker, scenario.persona.name) : connecting ? (scenario.direction === 'incoming' ? 'Incoming call…' : 'Ringing…') : ''}</p>
      <p className="drill-line" aria-live="polite">
        {lastLine?.text ?? ''}
      </p>
      <div className={`drill-countdown${left !== null && left <= 5 ? ' drill-countdown-low' : ''}`} role="timer" aria-label="Time left for this reply">
        {left !== null ? `${left}s` : '…'}
      </div>
      <p className="visually-hidden" aria-live="assertive">
        {left === 10 && secondsPerReply > 10 ? '10 seconds left' : ''}
      </p>
      <form className="reply" onSubmit={send}>
        <ReplyBox
          id="drill-reply"
          boxRef={replyBox}
          value={draft}
          disabled={!candidateTurn}
          describedBy="drill-turn-status"
          onChange={(text) => actor.send({ type: 'candidate.typing', text })}
          onSay={say}
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
