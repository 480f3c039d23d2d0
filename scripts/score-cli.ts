/**
 * `npm run --silent score`: JSON Lines in, one JSON line out per input line, in order.
 * Only results go to stdout; a malformed line gets {"error": "..."} and the rest go on.
 */
import { createInterface } from 'node:readline';
import { scoreLine } from '../src/scoring/score-cli-line.ts';

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
const out: string[] = [];
for await (const line of lines) {
  if (line.trim() === '') {
    out.push(JSON.stringify({ error: 'empty line' }));
  } else {
    out.push(JSON.stringify(scoreLine(line)));
  }
  if (out.length >= 500) process.stdout.write(`${out.splice(0).join('\n')}\n`);
}
if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
