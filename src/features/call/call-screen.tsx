import { useActorRef, useSelector } from '@xstate/react';
import type { Snapshot } from 'xstate';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { CallOutput } from '../../domain/call/call-types.ts';
import { navigate, routeHref } from '../../lib/route.ts';
import { randomSeed } from '../../lib/seeded-random.ts';
import type { Scenario } from '../../domain/scenario/scenario-schema.ts';
import { gradeCall } from '../../domain/scoring/grade-call.ts';
import { useAppStore } from '../../store/app-store.ts';
import { callMachine } from '../../components/call/call-actor.ts';
import { ReplyBox } from '../../components/reply-box.tsx';
import { CallSettings } from './call-settings.tsx';
import { browserAnswerRecorder, clearLiveRecordings, fileLiveRecordings, keepRecording, LIVE_RECORDINGS } from '../../lib/device/answer-recorder.ts';
import { clearLiveCall, type LiveCall, readLiveCall, saveLiveCall } from '../../store/live-call-storage.ts';
import { browserSpeechInput, FAILURE_MESSAGES, type SpeechInputFailure } from '../../lib/device/speech-input.ts';
import { speakerLabel } from '../../domain/call/speaker-label.ts';
import { useSpokenLines } from '../../components/call/use-spoken-lines.ts';

function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function useElapsed(running: boolean): number {
  const [startedAt] = useState(() => Date.now());
  const [now, setNow] = useState(startedAt);
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  return now - startedAt;
}

/** A saved call for this scenario, read once when the screen opens. */
function useSavedCall(scenarioId: string): { saved: LiveCall | null; damaged: boolean } {
  return useMemo(() => {
    const read = readLiveCall();
    if (read.kind === 'found' && read.call.scenarioId === scenarioId) return { saved: read.call, damaged: false };
    return { saved: null, damaged: read.kind === 'damaged' };
  }, [scenarioId]);
}

/** The phone call: dialing, ringing, the manager's lines spoken and captioned, replies typed. */
export function CallScreen({ scenario, seed: fixedSeed, assignmentId }: { scenario: Scenario; seed?: number; assignmentId?: string }) {
  const seed = useMemo(() => fixedSeed ?? randomSeed(), [fixedSeed]);
  const { saved, damaged } = useSavedCall(scenario.id);
  // With a saved snapshot, XState restores it and ignores the input.
  const actor = useActorRef(callMachine, { input: { scenario, seed }, snapshot: saved ? (saved.snapshot as unknown as Snapshot<unknown>) : undefined });
  const connecting = useSelector(actor, (state) => state.hasTag('connecting'));
  const live = useSelector(actor, (state) => state.hasTag('live'));
  const candidateTurn = useSelector(actor, (state) => state.hasTag('candidateTurn'));
  const ringing = useSelector(actor, (state) => state.matches('ringing'));
  const transcript = useSelector(actor, (state) => state.context.transcript);
  const hint = useSelector(actor, (state) => (state.hasTag('candidateTurn') ? scenario.nodes[state.context.nodeId]?.hint : undefined));
  const settings = useAppStore((state) => state.settings);
  const addCall = useAppStore((state) => state.addCall);
  const [draft, setDraft] = useState('');
  const listener = useMemo(browserSpeechInput, []);
  const [listening, setListening] = useState(false);
  const [voiceFailure, setVoiceFailure] = useState<SpeechInputFailure | null>(() => (listener.supported() ? null : 'unsupported'));
  const stopListening = useRef<(() => void) | null>(null);
  const recorder = useMemo(browserAnswerRecorder, []);
  const [recordingState, setRecordingState] = useState<'idle' | 'recording' | 'recorded' | 'failed'>('idle');
  const pendingClip = useRef<Blob | null>(null);
  const turnCount = useSelector(actor, (state) => state.context.turns.length);
  // A resumed call doesn't repeat what was already said.
  const speech = useSpokenLines(transcript, saved ? (saved.snapshot.context.transcript.length as number) : 0);
  const replyBox = useRef<HTMLTextAreaElement>(null);
  const elapsed = useElapsed(live);

  useEffect(() => {
    actor.send({ type: saved ? 'call.resume' : 'call.dial' });
    // Typing re-enters the listening state on every keystroke; save only when the call moved on.
    let lastSaved = '';
    const subscription = actor.subscribe({
      next: (snapshot) => {
        const position = `${JSON.stringify(snapshot.value)}|${snapshot.context.transcript.length}`;
        if (snapshot.status !== 'active' || position === lastSaved) return;
        lastSaved = position;
        saveLiveCall({ scenarioId: scenario.id, assignmentId }, actor.getPersistedSnapshot());
      },
      complete: () => {
        clearLiveCall();
        const output = actor.getSnapshot().output as CallOutput;
        const id = `call-${Date.now().toString(36)}-${(output.seed >>> 0).toString(36)}`;
        fileLiveRecordings(id);
        addCall({ id, finishedAt: new Date().toISOString(), output, grade: gradeCall(output.turns, output.outcome), ...(assignmentId ? { assignmentId } : {}) });
        // Let the farewell be read before the debrief replaces the screen.
        window.setTimeout(() => navigate({ screen: 'debrief', callId: id }), 1500);
      },
    });
    return () => subscription.unsubscribe();
  }, [actor, addCall, saved, scenario.id, assignmentId]);

  useEffect(() => {
    if (candidateTurn) replyBox.current?.focus();
  }, [candidateTurn]);

  const toggleListening = () => {
    if (listening) {
      stopListening.current?.();
      return;
    }
    setVoiceFailure(null);
    setListening(true);
    const before = draft.trim();
    stopListening.current = listener.listen({
      onText: (text) => {
        setDraft(before ? `${before} ${text}` : text);
        actor.send({ type: 'candidate.typing' });
      },
      onFailure: (failure) => {
        setVoiceFailure(failure);
        replyBox.current?.focus();
      },
      onEnd: () => {
        setListening(false);
        stopListening.current = null;
      },
    });
  };

  useEffect(() => () => stopListening.current?.(), []);
  useEffect(() => {
    // A new call starts with no clips left from an abandoned one; a resumed call keeps its own.
    if (!saved) clearLiveRecordings();
  }, [saved]);

  const toggleRecording = async () => {
    if (recordingState === 'recording') {
      pendingClip.current = await recorder.stop();
      setRecordingState(pendingClip.current ? 'recorded' : 'idle');
      replyBox.current?.focus();
      return;
    }
    try {
      await recorder.start();
      setRecordingState('recording');
    } catch {
      setRecordingState('failed');
    }
  };

  const say = () => {
    if (!draft.trim() || !candidateTurn) return;
    if (pendingClip.current) {
      keepRecording(LIVE_RECORDINGS, turnCount, pendingClip.current);
      pendingClip.current = null;
      setRecordingState('idle');
    }
    actor.send({ type: 'candidate.reply', text: draft });
    setDraft('');
  };
  const send = (event: FormEvent) => {
    event.preventDefault();
    say();
  };

  const status = connecting ? (ringing ? 'Ringing…' : 'Dialing…') : live ? formatClock(elapsed) : 'Call ended';
  const callerLabel = `${scenario.persona.name}, ${scenario.persona.company}`;

  return (
    <main className="screen call" aria-labelledby="call-title">
      <header className="call-header">
        <h1 id="call-title">{callerLabel}</h1>
        <p className="call-status" role="status">
          {scenario.direction === 'incoming' && connecting ? 'Incoming call…' : status}
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
      <section aria-label="Captions" className="captions" role="log" aria-live="polite" aria-relevant="additions">
        <ol>
          {transcript.map((entry, index) => (
            <li key={index} className={`line line-${entry.speaker === 'candidate' ? 'you' : 'them'}`}>
              <span className="line-who">{speakerLabel(entry.speaker, scenario.persona.name)}</span>
              <span className="line-text">{entry.text}</span>
            </li>
          ))}
        </ol>
      </section>
      {settings.practiceMode && hint ? <p className="hint">Hint: {hint}</p> : null}
      <form className="reply" onSubmit={send}>
        <ReplyBox
          id="reply-text"
          boxRef={replyBox}
          value={draft}
          disabled={!live}
          describedBy="turn-status"
          onChange={(text) => {
            setDraft(text);
            actor.send({ type: 'candidate.typing' });
          }}
          onSay={say}
        />
        {recordingState === 'recorded' ? <p className="help">Recorded. It will be kept with this reply for the debrief (in this tab only).</p> : null}
        {recordingState === 'failed' ? (
          <p className="voice-failure" role="alert">
            The microphone isn't available or wasn't allowed, so this answer won't be recorded. Type it as usual.
          </p>
        ) : null}
        {voiceFailure === 'unsupported' ? <p className="help">{FAILURE_MESSAGES.unsupported}</p> : null}
        {voiceFailure && voiceFailure !== 'unsupported' ? (
          <p className="voice-failure" role="alert">
            {FAILURE_MESSAGES[voiceFailure]}
          </p>
        ) : null}
        <p className="help" id="turn-status">{candidateTurn ? 'Press Enter to say it; Shift+Enter for a new line.' : live ? `${scenario.persona.name.split(' ')[0]} is talking…` : 'Waiting for the line…'}</p>
        <div className="call-controls">
          <span className="reply-buttons">
            <button type="submit" className="button button-primary" disabled={!candidateTurn || !draft.trim()}>
              Say it
            </button>
            {recorder.supported() ? (
              <button type="button" className="button" aria-pressed={recordingState === 'recording'} onClick={toggleRecording} disabled={!live}>
                {recordingState === 'recording' ? 'Stop recording' : 'Record yourself'}
              </button>
            ) : null}
            {voiceFailure === 'unsupported' ? null : (
              <button type="button" className="button" aria-pressed={listening} onClick={toggleListening} disabled={!live}>
                {listening ? 'Stop listening' : 'Speak your reply'}
              </button>
            )}
          </span>
          <button type="button" className="button button-danger" onClick={() => actor.send({ type: 'call.hangUp' })} disabled={!live && !connecting}>
            Hang up
          </button>
        </div>
      </form>
      <CallSettings voices={speech.voices()} />
      <p>
        <a href={routeHref({ screen: 'prepare', scenarioId: scenario.id, assignmentId })}>Back to the briefing</a>
      </p>
    </main>
  );
}
