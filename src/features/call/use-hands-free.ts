import { useEffect, useMemo, useRef, useState } from 'react';
import { createTurnEndDetector } from '../../lib/audio/turn-end.ts';
import { browserMicrophoneLevel, type MicrophoneLevel } from '../../lib/device/microphone-level.ts';
import { browserSpeechInput, type SpeechInput } from '../../lib/device/speech-input.ts';
import type { RecordingOwner } from './use-answer-recorder.ts';

/** Where a hands-free turn stands. */
export type HandsFreePhase = 'off' | 'waiting' | 'listening' | 'type-it' | 'failed';

/** How the words of a hands-free reply are recognised, if at all. */
export type Recognition = 'on-device' | 'cloud' | 'none';

interface HandsFreeOptions {
  enabled: boolean;
  /** It is the candidate's turn. */
  candidateTurn: boolean;
  /** The manager is still speaking: listening waits, so the microphone doesn't hear her. */
  managerSpeaking: () => boolean;
  silenceToEndS: number;
  /** The candidate allowed cloud recognition (dictation): used only when the device can't recognise on its own. */
  cloudAllowed: boolean;
  /**
   * Start and stop recording the answer (the clip is kept for the debrief). Both take the listening
   * run as owner, so a cancelled run can only stop its own recording.
   */
  startRecording: (owner: RecordingOwner) => Promise<void>;
  /** See `startRecording`. */
  stopRecording: (owner: RecordingOwner) => Promise<void>;
  /** Words recognised so far: the whole draft. */
  onText: (text: string) => void;
  /** The turn has ended by silence: say the draft if there is one. Returns whether it was said. */
  onTurnEnd: () => boolean;
  makeMicrophone?: () => MicrophoneLevel;
  makeSpeechInput?: () => SpeechInput;
}

const READ_EVERY_MS = 50;
const RECOGNITION_GRACE_MS = 2_000;

/**
 * Hands-free turns: when the manager has finished, listening starts by itself (recording the
 * answer and, where allowed, recognising it); a silence of `silenceToEndS` after speech ends the
 * turn and says what was recognised. With nothing recognised the candidate types what they said.
 */
export function useHandsFree(options: HandsFreeOptions) {
  const { enabled, candidateTurn, silenceToEndS, cloudAllowed } = options;
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const speechInput = useMemo(() => (options.makeSpeechInput ?? browserSpeechInput)(), [options.makeSpeechInput]);
  // What this turn has come to; 'waiting' and 'off' follow from the turn and the setting.
  const [turnPhase, setPhase] = useState<'listening' | 'type-it' | 'failed' | null>(null);
  // Unknown until asked: listening waits for the answer, so a turn never restarts half-way.
  const [recognition, setRecognition] = useState<Recognition | null>(null);

  // Whether the device recognises speech by itself: asked once, when hands-free is turned on.
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void speechInput.onDevice().then((onDevice) => {
      if (live) setRecognition(onDevice ? 'on-device' : cloudAllowed && speechInput.supported() ? 'cloud' : 'none');
    });
    return () => {
      live = false;
    };
  }, [enabled, cloudAllowed, speechInput]);

  useEffect(() => {
    if (!enabled || !candidateTurn || recognition === null) return;
    let cancelled = false;
    let timer: number | undefined;
    let stopListening: (() => void) | null = null;
    // A microphone of this turn's own: when a setting changes mid-turn and listening restarts, the
    // run being cancelled closes its microphone, never the one the new run has just opened.
    const microphone = (latest.current.makeMicrophone ?? browserMicrophoneLevel)();
    const run = {};
    const finish = async (ended: boolean) => {
      window.clearInterval(timer);
      microphone.close();
      await latest.current.stopRecording(run);
      if (cancelled || !ended) {
        stopListening?.();
        return;
      }
      // A recogniser settles its last words a moment after the speech stops: give it that moment.
      for (let wait = 0; recognition !== 'none' && wait < RECOGNITION_GRACE_MS && !cancelled; wait += 100) {
        if (latest.current.onTurnEnd()) {
          stopListening?.();
          setPhase(null);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      stopListening?.();
      if (!cancelled) setPhase(latest.current.onTurnEnd() ? null : 'type-it');
    };
    const begin = async () => {
      await Promise.resolve();
      setPhase(null);
      // Wait for the manager to finish her line.
      while (!cancelled && latest.current.managerSpeaking()) await new Promise((resolve) => setTimeout(resolve, 100));
      if (cancelled) return;
      try {
        await microphone.open();
        // Cancelled while the microphone opened: never take the recording from the run that replaced this one.
        if (cancelled) {
          microphone.close();
          return;
        }
        await latest.current.startRecording(run);
      } catch {
        microphone.close();
        if (!cancelled) setPhase('failed');
        return;
      }
      if (cancelled) {
        void finish(false);
        return;
      }
      setPhase('listening');
      if (recognition !== 'none')
        stopListening = speechInput.listen(
          { onText: (text) => latest.current.onText(text), onFailure: () => undefined, onEnd: () => undefined },
          { onDevice: recognition === 'on-device', continuous: true },
        );
      const detector = createTurnEndDetector({ silenceToEndS });
      const startedAt = performance.now();
      timer = window.setInterval(() => {
        if (detector.push(microphone.levelDb(), (performance.now() - startedAt) / 1000) === 'ended') void finish(true);
      }, READ_EVERY_MS);
    };
    void begin();
    return () => {
      cancelled = true;
      window.clearInterval(timer);
      stopListening?.();
      microphone.close();
      // Leaving mid-answer (hanging up, hands-free off) keeps what was recorded, like stopping by hand.
      void latest.current.stopRecording(run);
    };
  }, [enabled, candidateTurn, silenceToEndS, recognition, speechInput]);

  const phase: HandsFreePhase = !enabled ? 'off' : candidateTurn ? (turnPhase ?? 'waiting') : 'waiting';
  return { phase, recognition: recognition ?? 'none' };
}
