import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutGraph } from '../../src/features/coach/graph-layout.ts';
import { checkDraft, copyScenario, newScenarioTemplate, renamePoint, uniqueId } from '../../src/features/coach/scenario-drafts.ts';
import { BUILTIN_SCENARIOS } from '../../src/domain/scenario/builtin-scenarios.ts';
import { parseScenarioText } from '../../src/domain/scenario/scenario-format.ts';
import { findGraphProblems } from '../../src/domain/scenario/scenario-graph.ts';
import { scenarioFiles } from '../support/scenario-files.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('scenario drafts in the editor', () => {
  it('starts a new scenario from a template that already passes every check', () => {
    expect(checkDraft(newScenarioTemplate('my-scenario'))).toMatchObject({ kind: 'valid', graphProblems: [] });
  });

  it('copies a built-in under a new id, still valid', () => {
    for (const scenario of BUILTIN_SCENARIOS) {
      const copy = copyScenario(scenario, `${scenario.id}-copy`);
      expect(checkDraft(copy)).toMatchObject({ kind: 'valid', graphProblems: [] });
      expect(copy.nodes).toEqual(scenario.nodes);
    }
  });

  it('keeps every branch pointing somewhere when a point is renamed (property)', () => {
    const points = BUILTIN_SCENARIOS.flatMap((scenario) => [...Object.keys(scenario.nodes), ...Object.keys(scenario.endings)].map((id) => ({ scenario, id })));
    fc.assert(
      fc.property(fc.constantFrom(...points), fc.stringMatching(/^[a-z]{3,10}(-[a-z]{2,6})?$/), ({ scenario, id }, fresh) => {
        fc.pre(!(fresh in scenario.nodes) && !(fresh in scenario.endings));
        const renamed = renamePoint(scenario, id, fresh);
        const check = checkDraft(renamed);
        expect(check).toMatchObject({ kind: 'valid', graphProblems: [] });
        expect(JSON.stringify(renamed)).not.toContain(`"to":"${id}"`);
      }),
      { numRuns: 100 },
    );
  });

  it('picks the first free id', () => {
    expect(uniqueId('my-scenario', new Set(['my-scenario', 'my-scenario-2']))).toBe('my-scenario-3');
    expect(uniqueId('fresh', new Set())).toBe('fresh');
  });

  it('reports a field path for every schema problem, as the import does', () => {
    const template = newScenarioTemplate('x-y');
    const check = checkDraft({ ...template, persona: { ...template.persona, name: '' } });
    expect(check).toMatchObject({ kind: 'invalid', problems: [{ path: 'persona.name' }] });
  });
});

describe('the branch graph', () => {
  it('puts every point of every built-in in a box, with an arrow per branch and nothing flagged', () => {
    for (const { text } of scenarioFiles()) {
      const parsed = parseScenarioText(text);
      if (!parsed.ok) throw new Error('built-in invalid');
      const layout = layoutGraph(parsed.value, findGraphProblems(parsed.value));
      expect(layout.boxes).toHaveLength(Object.keys(parsed.value.nodes).length + Object.keys(parsed.value.endings).length);
      expect(layout.arrows).toHaveLength(Object.values(parsed.value.nodes).reduce((sum, node) => sum + node.next.length, 0));
      expect(layout.boxes.filter((box) => box.flags.length > 0)).toEqual([]);
      // No two boxes overlap.
      const spots = new Set(layout.boxes.map((box) => `${box.x},${box.y}`));
      expect(spots.size).toBe(layout.boxes.length);
    }
  });

  it('flags the unreachable point and the dead end in the broken fixtures', () => {
    const fixture = (name: string) => {
      const parsed = parseScenarioText(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'scenarios', name), 'utf8'));
      if (!parsed.ok) throw new Error(`${name} should pass the schema`);
      return layoutGraph(parsed.value, findGraphProblems(parsed.value));
    };
    expect(fixture('unreachable-node.json').boxes.filter((box) => box.flags.includes('unreachable')).length).toBeGreaterThan(0);
    expect(fixture('dead-end.json').boxes.filter((box) => box.flags.includes('dead end')).length).toBeGreaterThan(0);
  });
});
