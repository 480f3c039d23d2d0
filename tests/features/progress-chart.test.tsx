// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgressChart } from '../../src/features/history/progress-chart.tsx';
import { BUILTIN_SCENARIOS } from '../../src/domain/scenario/builtin-scenarios.ts';
import { playedCall } from '../support/records.ts';

afterEach(cleanup);

const CALLS = [
  playedCall('call-1', 'ask-why', 1, ["Hi Tom, it's Jordan.", 'What could I have done better?']),
  playedCall('call-2', 'ask-why', 2, ["Hi Tom, it's Jordan.", 'Thank you, that helps.']),
  playedCall('call-3', 'change-of-heart', 3, ['Hi Priya, it is Alex.']),
];

describe('the progress chart', () => {
  it('draws the three scores as lines that differ in dash and marker, not only in colour, with a legend', () => {
    const { container } = render(<ProgressChart scenarios={BUILTIN_SCENARIOS} calls={CALLS} />);
    const lines = [...container.querySelectorAll('.chart polyline')];
    expect(lines).toHaveLength(3);
    expect(new Set(lines.map((line) => line.getAttribute('stroke-dasharray') ?? 'solid')).size).toBe(3);
    const markerShapes = ['defensiveness', 'credibility', 'professionalism'].map((dimension) => container.querySelector(`.chart-line-${dimension} :is(circle, rect, polygon)`)?.tagName);
    expect(new Set(markerShapes).size).toBe(3);
    expect(container.querySelector('.chart-legend')?.textContent).toMatch(/Defensiveness \(lower is better\).*Credibility.*Professionalism/);
  });

  it('shows the scenario picked in its labelled picker, and only scenarios that have calls', async () => {
    const user = userEvent.setup();
    render(<ProgressChart scenarios={BUILTIN_SCENARIOS} calls={CALLS} />);
    const picker = screen.getByRole('combobox', { name: 'Scenario' });
    expect(screen.getAllByRole('option')).toHaveLength(2);
    await user.selectOptions(picker, 'change-of-heart');
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/, 1 call:/);
  });
});
