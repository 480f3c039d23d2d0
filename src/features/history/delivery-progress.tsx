import { useState } from 'react';
import { measureCallDelivery } from '../../components/delivery/use-call-delivery.ts';
import type { CallRecord } from '../../domain/call/call-record.ts';
import type { DeliveryReport } from '../../domain/delivery/delivery.ts';
import targets from '../../domain/delivery/delivery-targets.json';
import { countOf } from '../../lib/plural.ts';

const WIDTH = 560;
const HEIGHT = 160;
const PAD = 28;
const TOP_WPM = 240;

const yOf = (wordsPerMinute: number) => HEIGHT - PAD - (Math.min(wordsPerMinute, TOP_WPM) / TOP_WPM) * (HEIGHT - 2 * PAD);

/**
 * Pace over a scenario's calls, from their recordings, measured on request (decoding every
 * recording takes a moment): a line against the target band, and the numbers as a table.
 */
export function DeliveryProgress({ calls, title }: { calls: readonly CallRecord[]; title: string }) {
  const [measured, setMeasured] = useState<{ call: CallRecord; delivery: DeliveryReport }[] | null>(null);
  const [busy, setBusy] = useState(false);
  const measure = async () => {
    setBusy(true);
    const results = await Promise.all(calls.map(async (call) => ({ call, delivery: (await measureCallDelivery(call.id, call.output.turns).catch(() => null))?.call ?? null })));
    setMeasured(results.filter((result): result is { call: CallRecord; delivery: DeliveryReport } => result.delivery !== null));
    setBusy(false);
  };
  if (measured === null) {
    return (
      <p>
        <button type="button" className="button" onClick={() => void measure()} disabled={busy}>
          {busy ? 'Measuring your recordings…' : 'Show pace and pauses from your recordings'}
        </button>
      </p>
    );
  }
  if (measured.length === 0) return <p className="muted">None of these calls has a recording to measure. Use "Record yourself" or hands-free on your next call.</p>;
  const step = measured.length > 1 ? (WIDTH - 2 * PAD) / (measured.length - 1) : 0;
  const points = measured.map((entry, index) => ({ x: PAD + index * step, y: yOf(entry.delivery.wordsPerMinute) }));
  return (
    <div className="delivery-progress">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="chart"
        role="img"
        aria-label={`${title}: pace over ${countOf(measured.length, 'recorded call')}, from ${measured[0]?.delivery.wordsPerMinute} to ${measured[measured.length - 1]?.delivery.wordsPerMinute} words a minute; the target is ${targets.wordsPerMinute.min} to ${targets.wordsPerMinute.max}.`}
      >
        <rect x={PAD} width={WIDTH - 2 * PAD} y={yOf(targets.wordsPerMinute.max)} height={yOf(targets.wordsPerMinute.min) - yOf(targets.wordsPerMinute.max)} className="chart-band" />
        {[0, 120, 240].map((value) => (
          <text key={value} x={2} y={yOf(value) + 4} className="chart-axis">
            {value}
          </text>
        ))}
        <polyline points={points.map(({ x, y }) => `${x},${y}`).join(' ')} fill="none" stroke="var(--accent)" strokeWidth={2.5} />
        {points.map(({ x, y }, index) => (
          <circle key={index} cx={x} cy={y} r={4} fill="var(--accent)" />
        ))}
      </svg>
      <p className="chart-legend">
        <span>
          Pace, words a minute; the shaded band is the target ({targets.wordsPerMinute.min}-{targets.wordsPerMinute.max}).
        </span>
      </p>
      <table>
        <caption className="visually-hidden">{title}: delivery per recorded call, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Call</th>
            <th scope="col">Pace (words a minute)</th>
            <th scope="col">Longest pause</th>
          </tr>
        </thead>
        <tbody>
          {measured.map(({ call, delivery }) => (
            <tr key={call.id}>
              <th scope="row">{new Date(call.finishedAt).toLocaleString()}</th>
              <td>{delivery.wordsPerMinute}</td>
              <td>{delivery.longestPauseS.toFixed(1)} s</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
