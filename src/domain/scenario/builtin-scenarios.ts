import askWhy from '../../../scenarios/ask-why.json';
import appeal from '../../../scenarios/appeal.json';
import changeOfHeart from '../../../scenarios/change-of-heart.json';
import pastTheScreener from '../../../scenarios/past-the-screener.json';
import requestToTalk from '../../../scenarios/request-to-talk.json';
import { validateScenario } from './scenario-format.ts';
import type { Scenario } from './scenario-schema.ts';

/** The five calls the product promises, in the order the home screen shows them. */
export const BUILTIN_SCENARIO_IDS = ['change-of-heart', 'ask-why', 'appeal', 'request-to-talk', 'past-the-screener'] as const;

const files: Record<string, unknown> = {
  'change-of-heart': changeOfHeart,
  'ask-why': askWhy,
  appeal,
  'request-to-talk': requestToTalk,
  'past-the-screener': pastTheScreener,
};

function load(id: string): Scenario {
  const result = validateScenario(files[id]);
  // The suite checks every built-in file, so reaching this means a broken build, not bad user input.
  if (!result.ok) throw new Error(`built-in scenario ${id} is invalid: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.value;
}

/** The built-in scenarios, validated once. */
export const BUILTIN_SCENARIOS: readonly Scenario[] = BUILTIN_SCENARIO_IDS.map(load);

/** A built-in scenario by id. */
export function builtinScenario(id: string): Scenario | undefined {
  return BUILTIN_SCENARIOS.find((scenario) => scenario.id === id);
}
