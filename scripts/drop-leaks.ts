/**
 * `npm run train:drop-leaks`: removes from data/reading/train every utterance that is a near copy
 * of a held-out or behaviour-test sentence (people writing stock phrases independently do collide),
 * so that evaluation only ever counts data the model never saw. Prints what it removed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findLeaks, testSentences } from './lib/reader/leaks.ts';
import { loadUtterances, READING_DATA } from './lib/reader/training-data.ts';

const root = join(import.meta.dirname, '..');
const leaking = new Set(findLeaks(loadUtterances(root), testSentences(root)).map((leak) => leak.training));
const folder = join(root, READING_DATA, 'train');
for (const name of readdirSync(folder).filter((file) => file.endsWith('.jsonl'))) {
  const lines = readFileSync(join(folder, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const kept = lines.filter((line) => !leaking.has((JSON.parse(line) as { text: string }).text));
  if (kept.length === lines.length) continue;
  writeFileSync(join(folder, name), `${kept.join('\n')}\n`);
  console.log(`${name}: removed ${lines.length - kept.length}`);
}
console.log(`${leaking.size} near copies removed`);
