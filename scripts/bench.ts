/**
 * `npm run bench`: median time to score one reply, by length. The script pad re-scores on every
 * keystroke, so the targets are 60 words in 2 ms or less, growth linear in length, and a
 * 10,000-word paste under 200 ms (the reader stops after MAX_READ_WORDS, so a paste costs no more
 * than that). Then hostile text: every input under 50 ms. Then the coach and workshop files: reading a class's results,
 * the class summary, and how long an assignment link gets.
 */
import { type Assignment, assignmentFileText } from '../src/domain/assignment/assignment-format.ts';
import { assignmentLink } from '../src/domain/assignment/assignment-link.ts';
import { copyScenario } from '../src/features/coach/scenario-drafts.ts';
import { buildResultFile, parseResultText, resultFileText } from '../src/domain/result/result-file.ts';
import { builtinScenario } from '../src/domain/scenario/builtin-scenarios.ts';
import { score } from '../src/domain/scoring/score-reply.ts';
import { summariseClass } from '../src/domain/workshop/class-summary.ts';
import { playedCall, STRONG_CHANGE_OF_HEART } from '../tests/support/records.ts';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { readCorpus } from './lib/politeness-data.ts';
import { parseCsv } from './lib/csv.ts';
import { hostileInputs } from './lib/hostile-inputs.ts';
import { READER_MODEL_PATH } from '../src/domain/reading/reader-model-format.ts';
import { analyseSpeech } from '../src/lib/audio/speech-timing.ts';
import { readWav } from '../tests/support/wav.ts';

const SENTENCES = [
  "Hi Priya, it's Sam Carter, thanks for taking my call.",
  'Cobalt withdrew their offer on the 14th after a restructure, honestly kind of out of nowhere.',
  "I understand if you've moved on, and I respect that decision.",
  'But I think the recruiter never really explained the commute, so I was confused.',
  'Could I ask whether the role is still open, and what the next step would be?',
  'I cut churn from 11% to 6% across 40 accounts in a year.',
];

function reply(words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let index = 0; count < words; index++) {
    const sentence = SENTENCES[index % SENTENCES.length] as string;
    out.push(sentence);
    count += sentence.split(' ').length;
  }
  return out.join(' ').split(' ').slice(0, words).join(' ');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const context = { managerLine: 'So what changed?', previousReplies: ['The commute was the reason.'], briefingFacts: ['I said the commute was the deciding factor.'] };
const rows: { label: string; words: number; ms: number; target: string; ok: boolean }[] = [];
for (const [label, words, runs, target] of [
  ['10 words', 10, 2000, null],
  ['60 words', 60, 2000, 2],
  ['300 words', 300, 500, null],
  ['10,000-word paste', 10_000, 30, 200],
] as const) {
  const text = reply(words);
  for (let warm = 0; warm < Math.min(runs, 50); warm++) score(text, context);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    score(text, context);
    times.push(performance.now() - start);
  }
  const ms = median(times);
  rows.push({ label, words, ms, target: target === null ? '' : `≤ ${target} ms`, ok: target === null || ms <= target });
}

const perWord = rows.map((row) => row.ms / row.words);
const linear = (rows[3]?.ms ?? 0) / (rows[2]?.ms ?? 1) < (10_000 / 300) * 1.5;
console.log('| reply | median ms | µs per word | target | met |');
console.log('|---|---:|---:|---|---|');
rows.forEach((row, index) => console.log(`| ${row.label} | ${row.ms.toFixed(3)} | ${((perWord[index] ?? 0) * 1000).toFixed(1)} | ${row.target} | ${row.ok ? 'yes' : 'NO'} |`));
console.log(`\ngrowth from 300 to 10,000 words: ${((rows[3]?.ms ?? 0) / (rows[2]?.ms ?? 1)).toFixed(1)}x for ${(10_000 / 300).toFixed(1)}x the words (${linear ? 'linear' : 'NOT linear'})`);
if (!rows.every((row) => row.ok) || !linear) process.exitCode = 1;

// A 1 MB paste must never block the page for long: the reader reads its first part.
const paste = reply(300)
  .repeat(Math.ceil(1_000_000 / reply(300).length))
  .slice(0, 1_000_000);
const pasteStart = performance.now();
score(paste, context);
const pasteMs = performance.now() - pasteStart;

// The score CLI over the 4,353 politeness requests, process start included.
const requests = parseCsv(readCorpus())
  .slice(1)
  .filter((row) => row.length > 2)
  .map((row) => JSON.stringify({ text: row[2] }));
const cliStart = performance.now();
const cliLines = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'score-cli.ts')], { input: requests.join('\n'), encoding: 'utf8', maxBuffer: 1 << 30 })
  .trim()
  .split('\n').length;
const cliMsPerLine = (performance.now() - cliStart) / cliLines;
const modelPath = join(import.meta.dirname, '..', READER_MODEL_PATH);

console.log('\n| reader | value | target | met |');
console.log('|---|---:|---|---|');
console.log(`| 1 MB paste, read and scored | ${pasteMs.toFixed(0)} ms | ≤ 2000 ms | ${pasteMs <= 2000 ? 'yes' : 'NO'} |`);
console.log(`| score CLI, ${cliLines} lines, process start included | ${cliMsPerLine.toFixed(2)} ms a line | < 2 ms | ${cliMsPerLine < 2 ? 'yes' : 'NO'} |`);
console.log(`| reader model | ${Math.round(statSync(modelPath).size / 1024)} KB, ${Math.round(gzipSync(readFileSync(modelPath)).length / 1024)} KB gzipped | | |`);
if (pasteMs > 2000 || cliMsPerLine >= 2) process.exitCode = 1;

// Hostile text: each input scored three times, the slowest kept; every one must finish in 50 ms.
const HOSTILE_LIMIT_MS = 50;
const hostile = hostileInputs().map((input) => ({ name: input.name, ms: Math.max(...[0, 1, 2].map(() => medianMs(1, () => score(input.text, context)))) }));
const slowest = hostile.reduce((worst, each) => (each.ms > worst.ms ? each : worst));
const over = hostile.filter((each) => each.ms > HOSTILE_LIMIT_MS);
console.log(
  `| ${hostile.length} hostile inputs of 60,000 characters, slowest: ${slowest.name} | ${slowest.ms.toFixed(1)} ms | ≤ ${HOSTILE_LIMIT_MS} ms each | ${over.length === 0 ? 'yes' : `NO (${over.length})`} |`,
);
if (over.length > 0) process.exitCode = 1;

function medianMs(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

// A workshop of 30 participants, three rounds each, half strong and half weak.
const weak = ['hey its me. whatever, things changed I guess', 'honestly you guys messed up the offer anyway', 'fine, your loss'];
const participants = Array.from({ length: 30 }, (_, who) => ({
  name: `Participant ${who}`,
  calls: [0, 1, 2].map((round) => playedCall(`drill-${who}-${round}`, 'change-of-heart', 3 + round, who % 2 ? weak : STRONG_CHANGE_OF_HEART)),
}));
const files = participants.map((participant) => resultFileText(buildResultFile(participant.name, { kind: 'drill', code: 'ABCD-EFGH-JKMN', scenarios: [] }, participant.calls)));
const importMs = medianMs(20, () => files.forEach((text) => parseResultText(text)));
const summaryMs = medianMs(50, () => summariseClass(participants, { anonymise: true }));
const base = {
  format: 'callback-assignment' as const,
  version: 1 as const,
  id: 'a-bench-0001',
  title: 'Before your call',
  coach: 'Priya',
  note: 'Keep it short.',
  due: '2026-12-01',
  createdAt: new Date(0).toISOString(),
};
const builtinOnly = {
  ...base,
  items: [
    { scenarioId: 'change-of-heart', scenario: undefined, goals: [{ kind: 'finish-call' as const, times: 1 }] },
    { scenarioId: 'ask-why', scenario: undefined, goals: [{ kind: 'finish-call' as const, times: 1 }] },
  ],
};
const ownScenario = { ...base, items: [{ scenarioId: 'coh-copy', scenario: copyScenario(builtinScenario('change-of-heart')!, 'coh-copy'), goals: [{ kind: 'finish-call' as const, times: 1 }] }] };
const linkOf = async (assignment: Assignment) => (await assignmentLink(assignment, 'https://example.org/callback/')).length;

console.log('\n| coach and workshop | value |');
console.log('|---|---:|');
console.log(`| import 30 results files (90 calls, ${Math.round(files.reduce((sum, text) => sum + text.length, 0) / 1024)} KB), checksum and schema | ${importMs.toFixed(1)} ms |`);
console.log(`| class summary of those 30 participants | ${summaryMs.toFixed(2)} ms |`);
console.log(`| assignment link, two built-in scenarios | ${await linkOf(builtinOnly)} characters |`);
console.log(`| assignment link, one coach scenario inside (file ${Math.round(assignmentFileText(ownScenario).length / 1024)} KB) | ${await linkOf(ownScenario)} characters |`);

// Delivery: a 60-second clip (the 160 words-a-minute espeak-ng fixture, repeated), analysed whole.
const speech = readWav(join(import.meta.dirname, '..', 'tests', 'fixtures', 'audio', 'speech-160wpm.wav'));
const minute = new Float32Array(speech.sampleRate * 60);
for (let at = 0; at < minute.length; at += speech.samples.length) minute.set(speech.samples.subarray(0, Math.min(speech.samples.length, minute.length - at)), at);
const analyses = Array.from({ length: 5 }, () => {
  const start = performance.now();
  analyseSpeech(minute, speech.sampleRate);
  return performance.now() - start;
});
const analysisMs = median(analyses);
console.log('\n| delivery | value | target | met |');
console.log('|---|---:|---|---|');
console.log(`| analyse a 60-second clip (${speech.sampleRate} Hz), median of 5 | ${analysisMs.toFixed(0)} ms | < 200 ms | ${analysisMs < 200 ? 'yes' : 'NO'} |`);
