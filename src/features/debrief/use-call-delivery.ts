import { useEffect, useState } from 'react';
import { analyseSpeech } from '../../lib/audio/speech-timing.ts';
import { decodeClip } from '../../lib/device/decode-audio.ts';
import { assessDelivery, callDelivery, type DeliveryReport } from '../../domain/delivery/delivery.ts';
import { recordingOf } from '../../store/recordings.ts';

/** Each recorded reply's delivery, and the call's, measured on this device from the kept recordings. */
export interface CallDelivery {
  byTurn: ReadonlyMap<number, DeliveryReport>;
  call: DeliveryReport | null;
}

const NONE: CallDelivery = { byTurn: new Map(), call: null };

/**
 * Loads each reply's recording (memory, then IndexedDB), decodes and analyses it. Replies without
 * a recording, or that the browser cannot decode, are simply absent. Nothing leaves the device.
 */
export function useCallDelivery(callId: string, turns: number): CallDelivery {
  const [delivery, setDelivery] = useState<CallDelivery>(NONE);
  useEffect(() => {
    let live = true;
    void (async () => {
      const byTurn = new Map<number, DeliveryReport>();
      for (let turn = 0; turn < turns; turn++) {
        const clip = await recordingOf(callId, turn);
        const decoded = clip ? await decodeClip(clip) : null;
        if (!decoded) continue;
        const timing = analyseSpeech(decoded.samples, decoded.sampleRate);
        if (timing.level !== 'silent') byTurn.set(turn, assessDelivery({ ...timing, pauses: timing.pauses.length }));
      }
      if (live) setDelivery({ byTurn, call: callDelivery([...byTurn.values()]) });
    })().catch(() => {
      // A recording that can't be loaded or decoded just has no delivery; the rest of the debrief stands.
    });
    return () => {
      live = false;
    };
  }, [callId, turns]);
  return delivery;
}
