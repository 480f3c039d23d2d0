import type { SpeechTiming } from '../../lib/audio/speech-timing.ts';
import { tokenize } from '../reading/text.ts';
import targets from './delivery-targets.json';

/** One delivery measure against its target, with a tip when it misses. */
export interface DeliveryCheck {
  id: 'rate' | 'pause' | 'fillers' | 'start' | 'level';
  label: string;
  value: string;
  ok: boolean;
  tip: string | null;
}

/** How one reply, or a whole call, was delivered: the timing measured on the device, and its checks. */
export interface DeliveryReport {
  wordsPerMinute: number;
  longestPauseS: number;
  pauses: number;
  speakingTimeS: number;
  /** Fillers a minute, when a transcript exists to count them in. */
  fillersPerMinute: number | null;
  startS: number | null;
  checks: DeliveryCheck[];
}

// "like", "you know" and "I mean" only count as fillers beside another filler or set off by
// commas: "I'd like to", "do you know" and "I mean to" are not fillers.
const FILLER_WORDS = new Set(['um', 'uh', 'er', 'erm', 'hmm', 'mm', 'uhm']);
const FILLER_PAIRS = new Set(['you know', 'i mean']);

/** Fillers in a transcript: "um", "uh", "you know", "I mean", and a "like" used as one. */
export function countFillers(transcript: string): number {
  const tokens = tokenize(transcript);
  const words = tokens.map((token) => token.norm);
  const commaBefore = (index: number) => transcript.slice(tokens[index - 1]?.end ?? 0, tokens[index]?.start ?? 0).includes(',');
  const commaAfter = (index: number) => transcript.slice(tokens[index]?.end ?? 0, tokens[index + 1]?.start ?? transcript.length).includes(',');
  // A phrase from word `first` to word `last` standing beside another filler.
  const besideFiller = (first: number, last: number) => FILLER_WORDS.has(words[first - 1] ?? '') || FILLER_WORDS.has(words[last + 1] ?? '');
  let count = 0;
  words.forEach((word, index) => {
    if (FILLER_WORDS.has(word)) count++;
    else if (FILLER_PAIRS.has(`${words[index - 1] ?? ''} ${word}`) && (besideFiller(index - 1, index) || commaBefore(index - 1) || commaAfter(index) || index === words.length - 1)) count++;
    else if (word === 'like' && (besideFiller(index, index) || (commaBefore(index) && commaAfter(index)))) count++;
  });
  return count;
}

const seconds = (value: number) => `${value.toFixed(1)} s`;

/** Below this much speech a reply's pace isn't judged. */
export const MIN_SPEECH_TO_JUDGE_PACE_S = 3;

/** The targets in words, for the debrief: "130-170 words a minute, no silence over 2 seconds". */
export const DELIVERY_TARGETS_TEXT = `${targets.wordsPerMinute.min}-${targets.wordsPerMinute.max} words a minute, no silence over ${targets.longestPauseS.max} seconds`;

/**
 * Checks measured timing against the targets. `fillers`, counted in a transcript when the words
 * were recognised (`countFillers`), adds fillers a minute; `startS` is how long after the manager
 * finished the candidate began.
 */
export function assessDelivery(
  timing: Pick<SpeechTiming, 'wordsPerMinute' | 'longestPauseS' | 'speakingTimeS' | 'level'> & { pauses: number },
  options: { fillers?: number | null; startS?: number | null } = {},
): DeliveryReport {
  const minutes = timing.speakingTimeS / 60;
  const fillersPerMinute = options.fillers !== undefined && options.fillers !== null && minutes > 0 ? options.fillers / minutes : null;
  const startS = options.startS ?? null;
  const rate = Math.round(timing.wordsPerMinute);
  // A few words ("Thank you.") say nothing about pace.
  const judged = timing.speakingTimeS >= MIN_SPEECH_TO_JUDGE_PACE_S;
  const checks: DeliveryCheck[] = [
    {
      id: 'rate',
      label: 'Pace',
      value: judged ? `about ${rate} words a minute` : 'too short to judge',
      ok: !judged || (rate >= targets.wordsPerMinute.min && rate <= targets.wordsPerMinute.max),
      tip: !judged ? null : rate < targets.wordsPerMinute.min ? targets.wordsPerMinute.slowTip : rate > targets.wordsPerMinute.max ? targets.wordsPerMinute.fastTip : null,
    },
    {
      id: 'pause',
      label: 'Pauses',
      value: timing.pauses === 0 ? 'none over 0.25 s' : `${timing.pauses}, longest ${seconds(timing.longestPauseS)}`,
      ok: timing.longestPauseS <= targets.longestPauseS.max,
      tip: timing.longestPauseS > targets.longestPauseS.max ? targets.longestPauseS.tip : null,
    },
  ];
  if (fillersPerMinute !== null)
    checks.push({
      id: 'fillers',
      label: 'Fillers',
      value: `${fillersPerMinute.toFixed(1)} a minute`,
      ok: fillersPerMinute <= targets.fillersPerMinute.max,
      tip: fillersPerMinute > targets.fillersPerMinute.max ? targets.fillersPerMinute.tip : null,
    });
  if (startS !== null) checks.push({ id: 'start', label: 'Started after', value: seconds(startS), ok: startS <= targets.startS.max, tip: startS > targets.startS.max ? targets.startS.tip : null });
  if (timing.level === 'quiet' || timing.level === 'clipping')
    checks.push({ id: 'level', label: 'Level', value: timing.level === 'quiet' ? 'too quiet' : 'clipping', ok: false, tip: timing.level === 'quiet' ? targets.quietTip : targets.clippingTip });
  return { wordsPerMinute: rate, longestPauseS: timing.longestPauseS, pauses: timing.pauses, speakingTimeS: timing.speakingTimeS, fillersPerMinute, startS, checks };
}

/** A whole call's delivery from its replies': pace weighted by speaking time, the longest pause, fillers over all the speech. */
export function callDelivery(replies: readonly DeliveryReport[]): DeliveryReport | null {
  const spoken = replies.filter((reply) => reply.speakingTimeS > 0);
  if (spoken.length === 0) return null;
  const speakingTimeS = spoken.reduce((sum, reply) => sum + reply.speakingTimeS, 0);
  const wordsPerMinute = spoken.reduce((sum, reply) => sum + reply.wordsPerMinute * reply.speakingTimeS, 0) / speakingTimeS;
  const counted = spoken.filter((reply) => reply.fillersPerMinute !== null);
  const fillers = counted.reduce((sum, reply) => sum + (reply.fillersPerMinute ?? 0) * (reply.speakingTimeS / 60), 0);
  const starts = spoken.map((reply) => reply.startS).filter((start): start is number => start !== null);
  const timing = {
    wordsPerMinute,
    longestPauseS: Math.max(...spoken.map((reply) => reply.longestPauseS)),
    pauses: spoken.reduce((sum, reply) => sum + reply.pauses, 0),
    speakingTimeS,
    level: 'ok' as const,
  };
  return assessDelivery(timing, {
    fillers: counted.length > 0 ? fillers : null,
    startS: starts.length > 0 ? starts.reduce((sum, start) => sum + start, 0) / starts.length : null,
  });
}
