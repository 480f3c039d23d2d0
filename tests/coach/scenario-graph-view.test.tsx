// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScenarioGraphView } from '../../src/features/coach/scenario-graph-view.tsx';
import { layoutGraph } from '../../src/features/coach/graph-layout.ts';
import { builtinScenario } from '../../src/domain/scenario/builtin-scenarios.ts';

afterEach(cleanup);
const scenario = builtinScenario('change-of-heart')!;

describe('the branch graph', () => {
  it('writes each arrow’s condition on it, "otherwise" where it has none', () => {
    const { container } = render(<ScenarioGraphView scenario={scenario} problems={[]} />);
    const labels = [...container.querySelectorAll('.graph-edge-label')].map((label) => label.textContent);
    const arrows = layoutGraph(scenario, []).arrows;
    expect(labels).toHaveLength(container.querySelectorAll('path.graph-edge').length);
    expect(labels).toHaveLength(arrows.length);
    expect(labels).toContain('otherwise');
    expect(labels.some((label) => label !== 'otherwise' && label !== '')).toBe(true);
  });

  it('fits its box until zoomed, then scrolls at the chosen scale', async () => {
    const user = userEvent.setup();
    const { container } = render(<ScenarioGraphView scenario={scenario} problems={[]} />);
    const svg = () => container.querySelector('.graph-scroll svg')!;
    expect(svg().getAttribute('width')).toBe('100%');
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(Number(svg().getAttribute('width'))).toBe(layoutGraph(scenario, []).width);
    expect(container.querySelector('.graph-zoomed')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(Number(svg().getAttribute('width'))).toBe(layoutGraph(scenario, []).width * 1.25);
    await user.click(screen.getByRole('button', { name: 'Fit' }));
    expect(svg().getAttribute('width')).toBe('100%');
  });

  it('hands a clicked point to the editor', async () => {
    const user = userEvent.setup();
    const onOpenPoint = vi.fn();
    const { container } = render(<ScenarioGraphView scenario={scenario} problems={[]} onOpenPoint={onOpenPoint} />);
    const first = Object.keys(scenario.nodes)[0]!;
    await user.click(container.querySelector(`.graph-box[data-point="${first}"]`)!);
    expect(onOpenPoint).toHaveBeenCalledWith(first);
  });
});
