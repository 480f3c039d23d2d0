import type { FormatProblem } from '../../lib/versioned-format.ts';
import { parseScenarioText } from './scenario-format.ts';
import { findGraphProblems } from './scenario-graph.ts';

/** Everything `scenarios:check` and the editor's import report about a scenario file: schema, then graph. */
export function checkScenarioText(text: string): FormatProblem[] {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) return parsed.problems;
  return findGraphProblems(parsed.value);
}
