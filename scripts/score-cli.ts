/**
 * `npm run --silent score`: JSON Lines in, one JSON line out per input line, in order.
 * Only results go to stdout; a malformed line gets {"error": "..."} and the rest go on.
 */
import { scoreLine } from '../src/domain/scoring/score-cli-line.ts';
import { readJsonLines } from './lib/json-lines.ts';

await readJsonLines((line) => (line.trim() === '' ? { error: 'empty line' } : scoreLine(line)));
