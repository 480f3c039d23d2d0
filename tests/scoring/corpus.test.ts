import { describe, expect, it } from 'vitest';
import { builtinScenario } from '../../src/scenario/builtin-scenarios.ts';
import { score } from '../../src/scoring/score-reply.ts';
import type { ScoreContext } from '../../src/scoring/score-types.ts';
import { PAIRS, THRESHOLDS } from './corpus.ts';

function contextFor(scenarioId: string, managerLine: string, previousReplies?: string[]): ScoreContext {
  const scenario = builtinScenario(scenarioId);
  return {
    scenarioId,
    managerLine,
    previousReplies,
    briefingFacts: scenario ? [scenario.briefing.youSaid, ...scenario.briefing.facts] : [],
  };
}

/** "Better" on defensiveness is lower; on the others, higher. */
function isBetter(dimension: 'defensiveness' | 'credibility' | 'professionalism', a: number, b: number): boolean {
  return dimension === 'defensiveness' ? a < b : a > b;
}

describe('labelled corpus', () => {
  it('holds at least 200 replies across all five scenarios', () => {
    const replies = PAIRS.length * 2 + THRESHOLDS.length;
    expect(replies).toBeGreaterThanOrEqual(200);
    expect(new Set(PAIRS.map((pair) => pair.scenario)).size).toBe(5);
  });

  it.each(PAIRS.map((pair, index) => ({ ...pair, name: `${index} ${pair.scenario} ${pair.dimension}: "${pair.better.slice(0, 40)}" beats "${pair.worse.slice(0, 40)}"` })))(
    '$name',
    ({ scenario, managerLine, previous, dimension, better, worse }) => {
      const context = contextFor(scenario, managerLine, previous);
      const good = score(better, context);
      const bad = score(worse, context);
      expect(isBetter(dimension, good[dimension], bad[dimension]), `${dimension}: better ${good[dimension]} vs worse ${bad[dimension]}`).toBe(true);
    },
  );

  it.each(THRESHOLDS.map((item, index) => ({ ...item, name: `${index} ${Object.keys(item.expect).join(', ')}: "${item.text.slice(0, 50)}"` })))('$name', ({ scenario, managerLine, text, expect: verdict }) => {
    const result = score(text, contextFor(scenario, managerLine));
    if (verdict.defensive) expect(result.defensiveness).toBeGreaterThanOrEqual(50);
    if (verdict.notDefensive) expect(result.defensiveness).toBeLessThan(25);
    if (verdict.doubted) expect(result.credibility).toBeLessThan(50);
    if (verdict.credible) expect(result.credibility).toBeGreaterThanOrEqual(80);
    if (verdict.unprofessional) expect(result.professionalism).toBeLessThan(50);
    if (verdict.professional) expect(result.professionalism).toBeGreaterThanOrEqual(80);
  });
});
