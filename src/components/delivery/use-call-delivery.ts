import { useEffect, useState } from 'react';
import { analyseSpeech } from '../../lib/audio/speech-timing.ts';
import { decodeClip } from '../../lib/device/decode-audio.ts';
import type { AssessedTurn } from '../../domain/call/call-types.ts';
import { assessDelivery, callDelivery, countFillers, type DeliveryReport } from '../../domain/delivery/delivery.ts';
import { keptRecordingOf } from '../../store/recordings.ts';

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
export async function measureCallDelivery(callId: string, turns: readonly AssessedTurn[]): Promise<CallDelivery> {
  const byTurn = new Map<number, DeliveryReport>();
  for (const [turn, assessed] of turns.entries()) {
    const kept = await keptRecordingOf(callId, turn);
    const decoded = kept ? await decodeClip(kept.clip) : null;
    if (!decoded) continue;
    const timing = analyseSpeech(decoded.samples, decoded.sampleRate);
    if (timing.level === 'silent') continue;
    // Hands-free recording starts as the manager finishes, so its silence before speech is the time taken to start;
    // a recognised reply is a transcript, so its fillers can be counted.
    byTurn.set(
      turn,
      assessDelivery(
        { ...timing, pauses: timing.pauses.length },
        { startS: kept?.details?.handsFree ? timing.speechStartS : null, fillers: kept?.details?.recognised ? countFillers(assessed.reply) : null },
      ),
    );
  }
  return { byTurn, call: callDelivery([...byTurn.values()]) };
}

/** `measureCallDelivery` for a screen: nothing until measured, then the figures. */
export function useCallDelivery(callId: string, turns: readonly AssessedTurn[]): CallDelivery {
  const [delivery, setDelivery] = useState<CallDelivery>(NONE);
  useEffect(() => {
    let live = true;
    measureCallDelivery(callId, turns)
      .then((measured) => {
        if (live) setDelivery(measured);
      })
      .catch(() => {
        // A recording that can't be loaded or decoded just has no delivery; the rest of the debrief stands.
      });
    return () => {
      live = false;
    };
  }, [callId, turns]);
  return delivery;
}
