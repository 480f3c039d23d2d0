import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every scenario file in scenarios/, so a new file gets the whole suite for free. */
export function scenarioFiles(): { file: string; text: string }[] {
  const dir = join(import.meta.dirname, '..', '..', 'scenarios');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ file: `scenarios/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}
