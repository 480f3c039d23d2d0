// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAnswerRecorder } from '../../src/features/call/use-answer-recorder.ts';
import type { AnswerRecorder } from '../../src/lib/device/answer-recorder.ts';
import { slowRecorder } from '../support/fake-recorder.ts';

describe('recording the spoken answer', () => {
  it('a cancelled listening run that stops late never stops the recording a newer run has started', async () => {
    const fake = slowRecorder(40);
    const { result } = renderHook(() => useAnswerRecorder(fake.make));
    const cancelledRun = {};
    const newerRun = {};
    await act(async () => {
      const starting = result.current.start(cancelledRun);
      // A setting changes while the microphone is still opening: the run is cancelled and a new one starts.
      void result.current.stop(cancelledRun);
      const newerStarting = result.current.start(newerRun);
      await Promise.all([starting, newerStarting]);
      // The cancelled run finishes late and stops "its" recording.
      await result.current.stop(cancelledRun);
    });
    await waitFor(() => expect(result.current.state).toBe('recording'));
    expect(fake.isRecording()).toBe(true);

    await act(() => result.current.stop(newerRun));
    expect(result.current.state).toBe('recorded');
    expect(fake.log.at(-1)).toBe('stopped with a clip');
  });

  it('a stop asked before the recorder began to start means it never starts', async () => {
    const fake = slowRecorder(40);
    const { result } = renderHook(() => useAnswerRecorder(fake.make));
    const run = {};
    await act(async () => {
      void result.current.start(run);
      await result.current.stop(run);
      await new Promise((resolve) => setTimeout(resolve, 80));
    });
    expect(fake.isRecording()).toBe(false);
    expect(result.current.state).not.toBe('recording');
    expect(fake.log).toEqual([]);
  });

  it('a stop asked while the recorder is still starting waits for it, so nothing is left recording', async () => {
    const fake = slowRecorder(40);
    const { result } = renderHook(() => useAnswerRecorder(fake.make));
    const run = {};
    await act(async () => {
      void result.current.start(run);
      await new Promise((resolve) => setTimeout(resolve, 10)); // the microphone is opening
      await result.current.stop(run);
    });
    expect(fake.isRecording()).toBe(false);
    expect(result.current.state).toBe('recorded');
  });

  it('a listening run takes over a recording started by hand, so turning hands-free on mid-recording ends it at the turn', async () => {
    const fake = slowRecorder(5);
    const { result } = renderHook(() => useAnswerRecorder(fake.make));
    await act(() => result.current.toggle());
    const run = {};
    await act(() => result.current.start(run));
    expect(fake.isRecording()).toBe(true);
    await act(() => result.current.stop(run));
    expect(fake.isRecording()).toBe(false);
    expect(result.current.state).toBe('recorded');
    expect(fake.log).toEqual(['started', 'stopped with a clip']);
  });

  it('leaving the call screen stops a recording in progress', async () => {
    const fake = slowRecorder(5);
    const { result, unmount } = renderHook(() => useAnswerRecorder(fake.make));
    await act(() => result.current.toggle());
    unmount();
    await waitFor(() => expect(fake.isRecording()).toBe(false));
  });

  it('the record button starts and stops by hand, keeping the clip for the next reply', async () => {
    const fake = slowRecorder(5);
    const { result } = renderHook(() => useAnswerRecorder(fake.make));
    await act(() => result.current.toggle());
    expect(result.current.state).toBe('recording');
    await act(() => result.current.toggle());
    expect(result.current.state).toBe('recorded');
    expect(fake.log).toEqual(['started', 'stopped with a clip']);
  });

  it('reports a microphone it may not use, and a later try can still start', async () => {
    let allowed = false;
    const recorder: AnswerRecorder = {
      supported: () => true,
      start: () => (allowed ? Promise.resolve() : Promise.reject(new Error('NotAllowedError'))),
      stop: () => Promise.resolve(new Blob(['voice'])),
    };
    const { result } = renderHook(() => useAnswerRecorder(() => recorder));
    await act(() => result.current.toggle());
    expect(result.current.state).toBe('failed');
    allowed = true;
    await act(() => result.current.toggle());
    expect(result.current.state).toBe('recording');
  });
});
