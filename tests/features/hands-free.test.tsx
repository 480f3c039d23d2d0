// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useAnswerRecorder } from '../../src/features/call/use-answer-recorder.ts';
import { useHandsFree } from '../../src/features/call/use-hands-free.ts';
import type { MicrophoneLevel } from '../../src/lib/device/microphone-level.ts';
import type { SpeechInput } from '../../src/lib/device/speech-input.ts';
import { slowRecorder } from '../support/fake-recorder.ts';

const SPEECH_DB = -22;
const ROOM_DB = -65;
/** Speech lasts at least this many readings as well as `speakForMs`, so a busy machine that reads the level late still hears it. */
const SPOKEN_READINGS = 5;

/**
 * A level that is speech from the first reading for `speakForMs` and at least
 * `SPOKEN_READINGS` readings, then the room. Timed from the first reading, not from opening, so
 * the speech is heard however late the first reading comes.
 */
function speechThenRoom(speakForMs: number): () => number {
  let firstReadAt: number | null = null;
  let readings = 0;
  return () => {
    firstReadAt ??= performance.now();
    readings += 1;
    return readings <= SPOKEN_READINGS || performance.now() - firstReadAt < speakForMs ? SPEECH_DB : ROOM_DB;
  };
}

/** A microphone that hears speech once it is read, then the room. */
function fakeMicrophone(speakForMs: number): () => MicrophoneLevel {
  return () => ({
    open: () => Promise.resolve(),
    levelDb: speechThenRoom(speakForMs),
    close: () => undefined,
  });
}

function fakeRecogniser(onDevice: boolean, words: string): { make: () => SpeechInput; listened: { onDevice?: boolean }[] } {
  const listened: { onDevice?: boolean }[] = [];
  return {
    listened,
    make: () => ({
      supported: () => true,
      onDevice: () => Promise.resolve(onDevice),
      listen: (handlers, options = {}) => {
        listened.push(options);
        setTimeout(() => handlers.onText(words, true), 50);
        return () => undefined;
      },
    }),
  };
}

function setup(overrides: Partial<Parameters<typeof useHandsFree>[0]> = {}) {
  const said = vi.fn(() => true);
  const typed = vi.fn();
  const recorder = { start: vi.fn(() => Promise.resolve()), stop: vi.fn(() => Promise.resolve()) };
  const recogniser = fakeRecogniser(true, 'the other offer fell through');
  const options = {
    enabled: true,
    candidateTurn: true,
    managerSpeaking: () => false,
    silenceToEndS: 0.4,
    cloudAllowed: false,
    startRecording: recorder.start,
    stopRecording: recorder.stop,
    onText: typed,
    onTurnEnd: said,
    makeMicrophone: fakeMicrophone(300),
    makeSpeechInput: recogniser.make,
    ...overrides,
  };
  const hook = renderHook((props: typeof options) => useHandsFree(props), { initialProps: options });
  return { hook, said, typed, recorder, recogniser, options };
}

/**
 * Microphones that behave like the browser's: opening takes a moment, and a closed one reads
 * silence. Each hears speech once it is read, then the room.
 */
function slowMicrophones(speakForMs: number): () => MicrophoneLevel {
  return () => {
    let open = false;
    const level = speechThenRoom(speakForMs);
    return {
      open: () => new Promise<void>((resolve) => setTimeout(() => ((open = true), resolve()), 30)),
      levelDb: () => (open ? level() : -100),
      close: () => {
        open = false;
      },
    };
  };
}

describe('hands-free turns', () => {
  it('listens when the manager has finished, recognises on the device, and ends the turn after the pause', async () => {
    const { hook, said, typed, recorder, recogniser } = setup();
    await waitFor(() => expect(hook.result.current.phase).toBe('listening'));
    expect(hook.result.current.recognition).toBe('on-device');
    expect(recorder.start).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(typed).toHaveBeenCalledWith('the other offer fell through'));
    await waitFor(() => expect(said).toHaveBeenCalledTimes(1), { timeout: 2_000 });
    expect(recorder.stop).toHaveBeenCalled();
    expect(recogniser.listened).toEqual([{ onDevice: true, continuous: true }]);
  });

  it('still hears the answer when the pause setting changes as listening starts', async () => {
    // Starting the recorder takes longer than opening the microphone, as getUserMedia can.
    const slowStart = () => new Promise<void>((resolve) => setTimeout(resolve, 80));
    const { hook, said, options } = setup({ makeMicrophone: slowMicrophones(300), startRecording: slowStart });
    // The setting moves while the first run is still opening its microphone: listening restarts.
    await new Promise((resolve) => setTimeout(resolve, 10));
    hook.rerender({ ...options, silenceToEndS: 0.5 });
    await waitFor(() => expect(said).toHaveBeenCalledTimes(1), { timeout: 3_000 });
  });

  it('a run cancelled while its microphone opened never takes the recording from the run that replaced it', async () => {
    // Starting takes longer than opening the microphone, as getUserMedia can.
    const fake = slowRecorder(80);
    const { options } = setup({ enabled: false });
    const props = { ...options, enabled: true, makeMicrophone: slowMicrophones(300) };
    const hook = renderHook(
      (current: typeof props) => {
        const answer = useAnswerRecorder(fake.make);
        return useHandsFree({ ...current, startRecording: answer.start, stopRecording: answer.stop });
      },
      { initialProps: props },
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    hook.rerender({ ...props, silenceToEndS: 0.5 });
    await waitFor(() => expect(hook.result.current.phase).toBe('listening'));
    expect(fake.isRecording()).toBe(true);
  });

  it('never ends the turn during a pause shorter than the setting', async () => {
    const { said } = setup({ silenceToEndS: 3 });
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(said).not.toHaveBeenCalled();
  });

  it('waits for the manager to stop speaking before listening', async () => {
    let speaking = true;
    const { hook, recorder } = setup({ managerSpeaking: () => speaking });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(recorder.start).not.toHaveBeenCalled();
    expect(hook.result.current.phase).toBe('waiting');
    speaking = false;
    await waitFor(() => expect(hook.result.current.phase).toBe('listening'));
  });

  it('without on-device or allowed cloud recognition, records and asks the candidate to type what they said', async () => {
    const recogniser = fakeRecogniser(false, 'never heard');
    const said = vi.fn(() => false);
    const { hook, typed } = setup({ makeSpeechInput: recogniser.make, onTurnEnd: said });
    await waitFor(() => expect(hook.result.current.recognition).toBe('none'));
    await waitFor(() => expect(hook.result.current.phase).toBe('type-it'), { timeout: 2_000 });
    expect(typed).not.toHaveBeenCalled();
    expect(recogniser.listened).toEqual([]);
  });

  it('uses cloud recognition only when the candidate allowed it', async () => {
    const recogniser = fakeRecogniser(false, 'heard by the cloud');
    const { hook } = setup({ makeSpeechInput: recogniser.make, cloudAllowed: true });
    await waitFor(() => expect(hook.result.current.recognition).toBe('cloud'));
    await waitFor(() => expect(recogniser.listened).toEqual([{ onDevice: false, continuous: true }]));
  });

  it('is off, and opens nothing, when not turned on', async () => {
    const { hook, recorder } = setup({ enabled: false });
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(hook.result.current.phase).toBe('off');
    expect(recorder.start).not.toHaveBeenCalled();
  });
});
