import type { TranscriptSpeaker } from './call-types.ts';

/** Who a transcript line is from, as the captions and the debrief show it. */
export function speakerLabel(speaker: TranscriptSpeaker, managerName: string): string {
  if (speaker === 'candidate') return 'You';
  if (speaker === 'voicemail') return 'Voicemail';
  if (speaker === 'gatekeeper') return 'Reception';
  return managerName;
}
