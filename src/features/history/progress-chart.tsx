import { useId, useState } from 'react';
import type { Scenario } from '../../domain/scenario/scenario-schema.ts';
import { DIMENSION_LABELS, DIMENSIONS, type Dimension } from '../../domain/scoring/score-types.ts';
import type { CallRecord } from '../../domain/call/call-record.ts';
import { DeliveryProgress } from './delivery-progress.tsx';
import { countOf } from '../../lib/plural.ts';

const WIDTH = 560;
const HEIGHT = 200;
const PAD = 28;
/**
 * Each line has its own colour, dash and marker, so lines that overlap (or a reader who can't
 * tell the colours apart) still show all three.
 */
const LINE_STYLES: Record<Dimension, { colour: string; dash: string; marker: 'circle' | 'square' | 'triangle' }> = {
  defensiveness: { colour: 'var(--bad)', dash: '', marker: 'circle' },
  credibility: { colour: 'var(--accent)', dash: '8 5', marker: 'square' },
  professionalism: { colour: 'var(--good)', dash: '2 4', marker: 'triangle' },
};

function Marker({ dimension, x, y }: { dimension: Dimension; x: number; y: number }) {
  const { colour, marker } = LINE_STYLES[dimension];
  if (marker === 'square') return <rect x={x - 4} y={y - 4} width={8} height={8} fill={colour} />;
  if (marker === 'triangle') return <polygon points={`${x},${y - 5} ${x + 5},${y + 4} ${x - 5},${y + 4}`} fill={colour} />;
  return <circle cx={x} cy={y} r={4} fill={colour} />;
}

/** A small picture of one line's style for the legend. */
function LegendSample({ dimension }: { dimension: Dimension }) {
  const { colour, dash } = LINE_STYLES[dimension];
  return (
    <svg width="34" height="12" viewBox="0 0 34 12" aria-hidden="true" className="legend-sample">
      <line x1={1} x2={33} y1={6} y2={6} stroke={colour} strokeWidth={2.5} strokeDasharray={dash || undefined} />
      <Marker dimension={dimension} x={17} y={6} />
    </svg>
  );
}

function coordinates(values: readonly number[]): { x: number; y: number }[] {
  const step = values.length > 1 ? (WIDTH - 2 * PAD) / (values.length - 1) : 0;
  return values.map((value, index) => ({ x: PAD + index * step, y: HEIGHT - PAD - (value / 100) * (HEIGHT - 2 * PAD) }));
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
      <label htmlFor={selectId} className="picker-label">
        Scenario
      </label>
      <select id={selectId} className="picker" value={scenarioId} onChange={(event) => setChosen(event.target.value)}>
        {tried.map((scenario) => (
          <option key={scenario.id} value={scenario.id}>
            {scenario.title}
          </option>
        ))}
      </select>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="chart" role="img" aria-label={`${title}, ${countOf(series.length, 'call')}: ${summary}.`}>
        {[0, 50, 100].map((value) => (
          <g key={value}>
            <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD - (value / 100) * (HEIGHT - 2 * PAD)} y2={HEIGHT - PAD - (value / 100) * (HEIGHT - 2 * PAD)} className="chart-grid" />
            <text x={4} y={HEIGHT - PAD - (value / 100) * (HEIGHT - 2 * PAD) + 4} className="chart-axis">
              {value}
            </text>
          </g>
        ))}
        {DIMENSIONS.map((dimension) => {
          const line = coordinates(series.map((call) => call.grade.scores[dimension]));
          return (
            <g key={dimension} className={`chart-line chart-line-${dimension}`}>
              <polyline
                points={line.map(({ x, y }) => `${x},${y}`).join(' ')}
                fill="none"
                stroke={LINE_STYLES[dimension].colour}
                strokeWidth={2.5}
                strokeDasharray={LINE_STYLES[dimension].dash || undefined}
              />
              {line.map(({ x, y }, index) => (
                <Marker key={index} dimension={dimension} x={x} y={y} />
              ))}
            </g>
          );
        })}
      </svg>
      <p className="chart-legend">
        {DIMENSIONS.map((dimension) => (
          <span key={dimension}>
            <LegendSample dimension={dimension} /> {DIMENSION_LABELS[dimension]}
            {dimension === 'defensiveness' ? ' (lower is better)' : ''}
          </span>
        ))}
      </p>
      <h3>How you sounded</h3>
      <DeliveryProgress key={scenarioId} calls={series} title={title} />
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
