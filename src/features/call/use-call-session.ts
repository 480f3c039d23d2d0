import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useMemo } from 'react';
import type { Snapshot } from 'xstate';
import { useCallTiming } from '../../components/call/call-pace.ts';
import { callMachine } from '../../components/call/call-actor.ts';
import type { CallRecord } from '../../domain/call/call-record.ts';
import type { Scenario } from '../../domain/scenario/scenario-schema.ts';
import { navigate } from '../../lib/route.ts';
import { randomSeed } from '../../lib/seeded-random.ts';
import { useAppStore } from '../../store/app-store.ts';
import { clearLiveCall, type LiveCall, saveLiveCall } from '../../store/live-call-storage.ts';
import { clearLiveRecordings, fileLiveRecordings } from '../../store/recordings.ts';

/**
 * One call, from dial to debrief. The machine decides everything; this hook supplies its side
 * effects (saving progress for a reload, filing the graded call in the history) and opens the
 * debrief when the machine says the call is done.
 */
export function useCallSession({ scenario, seed: fixedSeed, assignmentId, saved }: { scenario: Scenario; seed?: number; assignmentId?: string; saved: LiveCall | null }) {
  const seed = useMemo(() => fixedSeed ?? randomSeed(), [fixedSeed]);
  const timing = useCallTiming();
  const addCall = useAppStore((state) => state.addCall);
  const place = useMemo(() => ({ scenarioId: scenario.id, ...(assignmentId ? { assignmentId } : {}) }), [scenario.id, assignmentId]);
  const machine = useMemo(
    () =>
      callMachine.provide({
        actions: {
          saveProgress: ({ self }) => {
            // Entry actions run before the snapshot they belong to is published; save it once it is.
            queueMicrotask(() => {
              const snapshot = self.getSnapshot();
              if (snapshot.status === 'active' && !snapshot.hasTag('ended')) saveLiveCall(place, self.getPersistedSnapshot());
            });
          },
          fileCall: (_, record: CallRecord) => {
            clearLiveCall();
            fileLiveRecordings(record.id);
            addCall(record);
          },
        },
      }),
    [place, addCall],
  );
  // With a saved snapshot, XState restores it and ignores the input.
  const actor = useActorRef(machine, {
    input: { scenario, seed, timing, ...(assignmentId ? { assignmentId } : {}) },
    snapshot: saved ? (saved.snapshot as unknown as Snapshot<unknown>) : undefined,
  });

  useEffect(() => {
    // A new call starts with no clips left from an abandoned one; a resumed call keeps its own.
    if (!saved) clearLiveRecordings();
    actor.send({ type: saved ? 'call.resume' : 'call.dial' });
    const subscription = actor.subscribe({
      complete: () => navigate({ screen: 'debrief', callId: actor.getSnapshot().output?.id ?? '' }),
      // A saved call this app can't play on must not come back on every visit.
      error: () => clearLiveCall(),
    });
    return () => subscription.unsubscribe();
  }, [actor, saved]);

  const alreadySpoken = saved ? saved.snapshot.context.transcript.length : 0;
  return { actor, alreadySpoken };
}

/** The call actor's type, for the call screen's parts. */
export type CallActor = ReturnType<typeof useCallSession>['actor'];

/** What the call screen shows, read from the machine through narrow selectors. */
export function useCallView(actor: CallActor, scenario: Scenario) {
  return {
    connecting: useSelector(actor, (state) => state.hasTag('connecting')),
    live: useSelector(actor, (state) => state.hasTag('live')),
    candidateTurn: useSelector(actor, (state) => state.hasTag('candidateTurn')),
    ringing: useSelector(actor, (state) => state.matches('ringing')),
    transcript: useSelector(actor, (state) => state.context.transcript),
    draft: useSelector(actor, (state) => state.context.draft),
    turnCount: useSelector(actor, (state) => state.context.turns.length),
    dialedAtMs: useSelector(actor, (state) => state.context.dialedAtMs),
    canHangUp: useSelector(actor, (state) => state.can({ type: 'call.hangUp' })),
    hint: useSelector(actor, (state) => (state.hasTag('candidateTurn') && Object.hasOwn(scenario.nodes, state.context.nodeId) ? scenario.nodes[state.context.nodeId]?.hint : undefined)),
  };
}
