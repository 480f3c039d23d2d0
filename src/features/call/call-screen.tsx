import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useSpokenLines } from '../../components/call/use-spoken-lines.ts';
import { ReplyBox } from '../../components/reply-box.tsx';
import type { Scenario } from '../../domain/scenario/scenario-schema.ts';
import { FAILURE_MESSAGES } from '../../lib/device/speech-input.ts';
import { routeHref } from '../../lib/route.ts';
import { useAppStore } from '../../store/app-store.ts';
import { choiceFor, clearLiveCall, type LiveCall, readLiveCall } from '../../store/live-call-storage.ts';
import { OtherCallInProgress } from './other-call-in-progress.tsx';
import { CallCaptions } from './call-captions.tsx';
import { useCallClock } from './call-clock.tsx';
import { CallSettings } from './call-settings.tsx';
import { CueCard } from './cue-card.tsx';
import { HangUpButton } from './hang-up-button.tsx';
import { useAnswerRecorder } from './use-answer-recorder.ts';
import { useCallSession, useCallView } from './use-call-session.ts';
import { useDictationChoice, useVoiceInput } from './use-voice-input.ts';
import { HandsFreeStatus } from './hands-free-status.tsx';
import { useHandsFree } from './use-hands-free.ts';

/** What the call screen was opened with: the scenario, and the seed and assignment the link names. */
interface CallProps {
  scenario: Scenario;
  seed?: number;
  assignmentId?: string;
}

/**
 * The phone call. A call saved in progress is resumed when it is this call; a different one in
 * progress is never dropped silently: the candidate chooses to go back to it or start this one.
 */
export function CallScreen(props: CallProps) {
  const [choice, setChoice] = useState(() => choiceFor(readLiveCall(), props.scenario.id, props.seed));
  if (choice.kind === 'other-in-progress') {
    return (
      <OtherCallInProgress
        call={choice.call}
        onStartThisOne={() => {
          clearLiveCall();
          setChoice({ kind: 'none', damaged: false });
        }}
      />
    );
  }
  return <LiveCallScreen {...props} saved={choice.kind === 'resume' ? choice.call : null} damaged={choice.kind === 'none' && choice.damaged} />;
}

/** The call itself: dialing, ringing, the manager's lines spoken and captioned, replies typed or dictated. */
function LiveCallScreen({ scenario, seed, assignmentId, saved, damaged }: CallProps & { saved: LiveCall | null; damaged: boolean }) {
  const { actor, alreadySpoken } = useCallSession({ scenario, saved, ...(seed === undefined ? {} : { seed }), ...(assignmentId ? { assignmentId } : {}) });
  const view = useCallView(actor, scenario);
  const practiceMode = useAppStore((state) => state.settings.practiceMode);
  const handsFreeOn = useAppStore((state) => state.settings.handsFree);
  const silenceToEndS = useAppStore((state) => state.settings.silenceToEndS);
  // A resumed call doesn't repeat what was already said.
  const speech = useSpokenLines(view.transcript, alreadySpoken);
  const clock = useCallClock(view.dialedAtMs, view.live);
  const replyBox = useRef<HTMLTextAreaElement>(null);
  const type = (text: string) => actor.send({ type: 'candidate.typing', text });
  const dictation = useDictationChoice();
  const voice = useVoiceInput(type, dictation.on);
  const recording = useAnswerRecorder();

  useEffect(() => {
    if (view.candidateTurn) replyBox.current?.focus();
  }, [view.candidateTurn]);
  useEffect(() => {
    if (voice.failure && voice.failure !== 'unsupported') replyBox.current?.focus();
  }, [voice.failure]);

  const say = () => {
    if (!view.draft.trim() || !view.candidateTurn) return false;
    // Read when the reply is said, after this render: hands-free replies carry how they were made.
    recording.keepWithReply(view.turnCount, { handsFree: handsFreeOn, recognised: handsFreeOn && handsFree.recognition !== 'none' });
    actor.send({ type: 'candidate.reply', text: view.draft });
    return true;
  };
  const handsFree = useHandsFree({
    enabled: handsFreeOn && view.live,
    candidateTurn: view.candidateTurn,
    managerSpeaking: speech.speaking,
    silenceToEndS,
    cloudAllowed: dictation.on,
    startRecording: recording.start,
    stopRecording: recording.stop,
    onText: type,
    onTurnEnd: say,
  });
  // One microphone problem, one message: what needs the microphone is switched off together.
  const micBlocked = recording.state === 'failed' || voice.failure === 'not-allowed' || handsFree.phase === 'failed';
  const send = (event: FormEvent) => {
    event.preventDefault();
    say();
  };

  const status = view.connecting ? (scenario.direction === 'incoming' ? 'Incoming call…' : view.ringing ? 'Ringing…' : 'Dialing…') : view.live ? clock : 'Call ended';
  return (
    <main className="screen call" aria-labelledby="call-title">
      <header className="call-header">
        <h1 id="call-title">
          {scenario.persona.name}, {scenario.persona.company}
        </h1>
        <p className="call-status" role="status">
          {status}
        </p>
      </header>
      {damaged ? (
        <p className="notice" role="alert">
          The call you had in progress couldn't be restored (its saved data was damaged), so this is a new call.
        </p>
      ) : null}
      {saved ? (
        <p className="notice" role="status">
          Welcome back: your call is where you left it.
        </p>
      ) : null}
      <CueCard scenarioId={scenario.id} {...(assignmentId ? { assignmentId } : {})} />
      <CallCaptions transcript={view.transcript} managerName={scenario.persona.name} />
      {practiceMode && view.hint ? <p className="hint">Hint: {view.hint}</p> : null}
      <HandsFreeStatus phase={handsFree.phase} recognition={handsFree.recognition} />
      <form className="reply" onSubmit={send}>
        <ReplyBox id="reply-text" boxRef={replyBox} value={view.draft} disabled={!view.live} describedBy="turn-status" onChange={type} onSay={say} />
        {recording.state === 'recorded' ? <p className="help">Recorded. It will be kept with this reply for the debrief, saved in this browser only.</p> : null}
        {micBlocked ? (
          <p className="voice-failure" role="alert">
            The microphone isn't available or wasn't allowed, so recording{dictation.on ? ' and dictation are' : ' is'} off for this call: type your reply instead.
          </p>
        ) : null}
        {dictation.on && voice.failure === 'unsupported' ? <p className="help">{FAILURE_MESSAGES.unsupported}</p> : null}
        {dictation.on && !micBlocked && voice.failure && voice.failure !== 'unsupported' ? (
          <p className="voice-failure" role="alert">
            {FAILURE_MESSAGES[voice.failure]}
          </p>
        ) : null}
        <p className="help" id="turn-status">
          {view.candidateTurn ? 'Press Enter to say it; Shift+Enter for a new line.' : view.live ? `${scenario.persona.name.split(' ')[0]} is talking…` : 'Waiting for the line…'}
        </p>
        <div className="call-controls">
          <span className="reply-buttons">
            <button type="submit" className="button button-primary" disabled={!view.candidateTurn || !view.draft.trim()}>
              Say it
            </button>
            {recording.supported && !handsFreeOn ? (
              <button type="button" className="button" aria-pressed={recording.state === 'recording'} onClick={() => void recording.toggle()} disabled={!view.live || micBlocked}>
                {recording.state === 'recording' ? 'Stop recording' : 'Record yourself'}
              </button>
            ) : null}
            {!dictation.on || voice.failure === 'unsupported' ? null : (
              <button type="button" className="button" aria-pressed={voice.listening} onClick={() => voice.toggle(view.draft)} disabled={!view.live || micBlocked}>
                {voice.listening ? 'Stop listening' : 'Speak your reply'}
              </button>
            )}
          </span>
          <HangUpButton enabled={view.canHangUp} askFirst={view.turnCount > 0} onHangUp={() => actor.send({ type: 'call.hangUp' })} />
        </div>
      </form>
      <CallSettings voices={speech.voices()} dictation={dictation} />
      <p>
        <a href={routeHref({ screen: 'prepare', scenarioId: scenario.id, assignmentId })}>Back to the briefing</a>
      </p>
    </main>
  );
}
