/**
 * `npm run --silent clauses`: prints the clauses the reader would read in each line of stdin, one
 * clause a line, so training utterances can be written (and labelled) the way the reader sees them.
 */
import { splitClauses, withFullStop } from '../src/domain/reading/clauses.ts';
import { readFileSync } from 'node:fs';

const input = readFileSync(0, 'utf8');
for (const line of input.split('\n')) {
  if (line.trim() === '') continue;
  console.log(`# ${line}`);
  // With the full stop that ends it, as the reader reads a clause.
  for (const clause of splitClauses(line)) console.log(withFullStop(line, clause.start, clause.end));
}
