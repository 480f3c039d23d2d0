import type { HandsFreePhase, Recognition } from './use-hands-free.ts';

const WHERE_WORDS_GO: Record<Recognition, string> = {
  'on-device': 'Your words are recognised on this device.',
  cloud: "Your words are recognised by your browser's speech service, which may send the audio to its maker (in Chrome, to Google).",
  none: 'Nothing here can recognise speech without sending it away, so say your answer, then type what you said.',
};

/** One line saying what hands-free is doing now, and where the audio goes. */
export function HandsFreeStatus({ phase, recognition }: { phase: HandsFreePhase; recognition: Recognition }) {
  if (phase === 'off') return null;
  const now =
    phase === 'listening'
      ? 'Listening: answer out loud; a pause ends your turn.'
      : phase === 'type-it'
        ? 'Got it. Now type what you said and press Enter: your recording is kept for the debrief.'
        : phase === 'failed'
          ? null
          : 'Hands-free: listening starts when the manager finishes.';
  if (!now) return null;
  return (
    <p className={phase === 'listening' ? 'hands-free hands-free-listening' : 'hands-free'} role="status">
      {now} {WHERE_WORDS_GO[recognition]}
    </p>
  );
}
