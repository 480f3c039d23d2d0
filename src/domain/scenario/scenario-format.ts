import { type LoadResult, type MigrationStep, parseText, validate, type VersionedFormat } from '../../lib/versioned-format.ts';
import { SCENARIO_FORMAT_VERSION, type Scenario, scenarioSchema } from './scenario-schema.ts';

/**
 * Version 2 added what the manager hears (`heard`, `known`, `linesWhen`, `onHostile`), all of them
 * optional. A version 1 file has none of them, so it is already a version 2 file and plays exactly
 * as before; coaches wrote version 1 files with the first editor, and assignments still carry them.
 */
export const scenarioV1ToV2: MigrationStep = (v1) => ({ ...v1, version: 2 });

/**
 * The scenario file format. When it changes, bump SCENARIO_FORMAT_VERSION and add a named step
 * from the old version, so every file a coach ever wrote still opens.
 */
export const scenarioFormat: VersionedFormat<typeof scenarioSchema> = {
  kind: 'scenario',
  currentVersion: SCENARIO_FORMAT_VERSION,
  schema: scenarioSchema,
  migrations: { 1: scenarioV1ToV2 },
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
