import { type LoadResult, parseText, validate, type VersionedFormat } from '../../lib/versioned-format.ts';
import { SCENARIO_FORMAT_VERSION, type Scenario, scenarioSchema } from './scenario-schema.ts';

/**
 * The scenario file format. Version 2 lets branches depend on what the reader heard; when the format changes, bump
 * SCENARIO_FORMAT_VERSION and add a step here from the old version, so every file a coach
 * ever wrote still opens.
 */
export const scenarioFormat: VersionedFormat<typeof scenarioSchema> = {
  kind: 'scenario',
  currentVersion: SCENARIO_FORMAT_VERSION,
  schema: scenarioSchema,
  migrations: {
    // Version 2 added what the manager hears (`heard`, `known`, `linesWhen`, `onHostile`); a
    // version 1 file has none of them and plays exactly as before.
    1: (data) => ({ ...data, version: 2 }),
  },
  maxChars: 512 * 1024,
};

/** Reads scenario file text; every problem names its field path. */
export function parseScenarioText(text: string): LoadResult<Scenario> {
  return parseText(scenarioFormat, text);
}

/** Validates an already-parsed scenario object (a built-in import or one inside an assignment). */
export function validateScenario(data: unknown): LoadResult<Scenario> {
  return validate(scenarioFormat, data);
}
