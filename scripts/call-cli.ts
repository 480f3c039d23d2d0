/**
 * `npm run --silent call`: plays scripted calls. JSON Lines in, one per call:
 *   {"scenario": "<built-in id or scenario file path>", "seed": 7, "replies": ["...", "..."]}
 * and one JSON line out per call, in order. A bad line gets {"error": "..."}; nothing else goes to stdout.
 */
import { readFileSync } from 'node:fs';
import { playCallLine, type ScenarioReader } from './lib/simulation/call-line.ts';
import { readJsonLines } from './lib/json-lines.ts';
import type { Scenario } from '../src/domain/scenario/scenario-schema.ts';

const readScenarioFile: ScenarioReader = (path) => {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { ok: false, error: `${path}: not a built-in scenario id, and the file can't be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
};

const cache = new Map<string, Scenario | string>();
await readJsonLines((line) => (line.trim() === '' ? { error: 'empty line' } : playCallLine(line, readScenarioFile, cache)));
