/**
 * `npm run scenarios:check [files...]`: validates scenario files the way the app's import does,
 * then reports unreachable nodes, dead ends and endings that can never be reached.
 * Exits 1 on any problem, so a coach (or CI) can run it on a file they wrote.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkScenarioText } from '../src/domain/scenario/check-scenario.ts';

function expand(paths: string[]): string[] {
  return paths.flatMap((path) => {
    try {
      if (statSync(path).isDirectory()) {
        return readdirSync(path)
          .filter((name) => name.endsWith('.json'))
          .map((name) => join(path, name));
      }
    } catch {
      // Reported below as unreadable.
    }
    return [path];
  });
}

const args = process.argv.slice(2);
const files = expand(args.length > 0 ? args : ['scenarios']);
let failed = 0;
for (const file of files) {
  let text: string;
  try {
    // The browser's file reader drops a UTF-8 byte-order mark; so does this check.
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    failed++;
    console.error(`✗ ${file}\n    cannot read the file: ${(error as Error).message}`);
    continue;
  }
  const problems = checkScenarioText(text);
  if (problems.length === 0) {
    console.log(`✓ ${file}`);
    continue;
  }
  failed++;
  console.error(`✗ ${file}`);
  for (const problem of problems) console.error(`    ${file}: ${problem.path}: ${problem.message}`);
}
console.log(`\n${files.length - failed} of ${files.length} scenario files OK`);
process.exit(failed > 0 ? 1 : 0);
