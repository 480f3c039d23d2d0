import { useId, useState } from 'react';
import type { Scenario } from '../../domain/scenario/scenario-schema.ts';
import { DIMENSION_LABELS, DIMENSIONS, type Dimension } from '../../domain/scoring/score-types.ts';
import type { CallRecord } from '../../domain/call/call-record.ts';

const WIDTH = 560;
const HEIGHT = 200;
const PAD = 28;
const COLOURS: Record<Dimension, string> = { defensiveness: 'var(--bad)', credibility: 'var(--accent)', professionalism: 'var(--good)' };

function points(values: readonly number[]): string {
  const step = values.length > 1 ? (WIDTH - 2 * PAD) / (values.length - 1) : 0;
  return values.map((value, index) => `${PAD + index * step},${HEIGHT - PAD - (value / 100) * (HEIGHT - 2 * PAD)}`).join(' ');
}

/** Each dimension over time for one scenario, oldest call first, with the numbers as a table too. */
export function ProgressChart({ scenarios, calls }: { scenarios: readonly Scenario[]; calls: readonly CallRecord[] }) {
  const graded = calls.filter((call) => !call.grade.abandoned);
  const tried = scenarios.filter((scenario) => graded.some((call) => call.output.scenarioId === scenario.id));
  const [chosen, setChosen] = useState(tried[0]?.id ?? '');
  const selectId = useId();
  const scenarioId = tried.some((scenario) => scenario.id === chosen) ? chosen : (tried[0]?.id ?? '');
  if (tried.length === 0) return null;
  const series = graded
    .filter((call) => call.output.scenarioId === scenarioId)
    .slice()
    .reverse();
  const title = tried.find((scenario) => scenario.id === scenarioId)?.title ?? scenarioId;
  const summary = DIMENSIONS.map((dimension) => `${DIMENSION_LABELS[dimension]} from ${series[0]?.grade.scores[dimension]} to ${series[series.length - 1]?.grade.scores[dimension]}`).join('; ');

  return (
    <section aria-labelledby="progress-title" className="progress">
      <h2 id="progress-title">Your progress</h2>
      <label htmlFor={selectId}>Scenario </label>
      <select id={selectId} value={scenarioId} onChange={(event) => setChosen(event.target.value)}>
        {tried.map((scenario) => (
          <option key={scenario.id} value={scenario.id}>
            {scenario.title}
          </option>
        ))}
      </select>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="chart" role="img" aria-label={`${title}, ${series.length} calls: ${summary}.`}>
        {[0, 50, 100].map((value) => (
          <g key={value}>
            <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD - (value / 100) * (HEIGHT - 2 * PAD)} y2={HEIGHT - PAD - (value / 100) * (HEIGHT - 2 * PAD)} className="chart-grid" />
            <text x={4} y={HEIGHT - PAD - (value / 100) * (HEIGHT - 2 * PAD) + 4} className="chart-axis">
              {value}
            </text>
          </g>
        ))}
        {DIMENSIONS.map((dimension) => (
          <polyline key={dimension} points={points(series.map((call) => call.grade.scores[dimension]))} fill="none" stroke={COLOURS[dimension]} strokeWidth={2.5} />
        ))}
        {DIMENSIONS.flatMap((dimension) =>
          points(series.map((call) => call.grade.scores[dimension]))
            .split(' ')
            .map((point, index) => {
              const [x, y] = point.split(',');
              return <circle key={`${dimension}-${index}`} cx={x} cy={y} r={3.5} fill={COLOURS[dimension]} />;
            }),
        )}
      </svg>
      <p className="chart-legend">
        {DIMENSIONS.map((dimension) => (
          <span key={dimension}>
            <span className="swatch" style={{ background: COLOURS[dimension] }} aria-hidden="true" /> {DIMENSION_LABELS[dimension]}
            {dimension === 'defensiveness' ? ' (lower is better)' : ''}
          </span>
        ))}
      </p>
      <details>
        <summary>The numbers</summary>
        <table>
          <caption className="visually-hidden">{title}: grades per call, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Call</th>
              {DIMENSIONS.map((dimension) => (
                <th key={dimension} scope="col">
                  {DIMENSION_LABELS[dimension]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((call) => (
              <tr key={call.id}>
                <th scope="row">{new Date(call.finishedAt).toLocaleString()}</th>
                {DIMENSIONS.map((dimension) => (
                  <td key={dimension}>{call.grade.scores[dimension]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
