import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../../src/domain/scenario/builtin-scenarios.ts';

const NUMBER = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand)\b/gi;

describe('a manager line chosen because of what was said', () => {
  it.each(BUILTIN_SCENARIOS.map((scenario) => [scenario.id, scenario] as const))('%s never adds a number the candidate did not say', (_, scenario) => {
    // A line picked because "treasurer" was said may repeat "treasurer", but not "four years": the candidate may have said 14 months.
    const invented = Object.values(scenario.nodes).flatMap((node) =>
      (node.linesWhen ?? []).flatMap((variant) =>
        variant.lines.flatMap((line) => (line.match(NUMBER) ?? []).filter((number) => !(variant.mentions ?? []).some((phrase) => phrase.toLowerCase().includes(number.toLowerCase()))).map((number) => `${number}: ${line}`)),
      ),
    );
    expect(invented).toEqual([]);
  });
});
