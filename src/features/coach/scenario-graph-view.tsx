import { ownValue } from '../../lib/own.ts';
import { useId } from 'react';
import type { FormatProblem } from '../../lib/versioned-format.ts';
import type { Scenario } from '../../domain/scenario/scenario-schema.ts';
import { BOX_HEIGHT, BOX_WIDTH, type GraphBox, layoutGraph } from './graph-layout.ts';

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function arrowPath(from: GraphBox, to: GraphBox, back: boolean): string {
  const startX = from.x + BOX_WIDTH;
  const startY = from.y + BOX_HEIGHT / 2;
  if (back) {
    // Loops and back-edges arc over the top, so they never run through other boxes.
    const top = Math.min(from.y, to.y) - 14;
    return `M ${from.x + BOX_WIDTH / 2} ${from.y} C ${from.x + BOX_WIDTH / 2} ${top}, ${to.x + BOX_WIDTH / 2} ${top}, ${to.x + BOX_WIDTH / 2} ${to.y}`;
  }
  const endX = to.x;
  const endY = to.y + BOX_HEIGHT / 2;
  const bend = (endX - startX) / 2;
  return `M ${startX} ${startY} C ${startX + bend} ${startY}, ${endX - bend} ${endY}, ${endX} ${endY}`;
}

/**
 * The scenario's branches drawn as a graph, with the same structure in words beside it for
 * screen readers and for anyone who prefers a list.
 */
export function ScenarioGraphView({ scenario, problems }: { scenario: Scenario; problems: readonly FormatProblem[] }) {
  const layout = layoutGraph(scenario, problems);
  const ids = useId();
  const byId = new Map(layout.boxes.map((box) => [box.id, box]));
  const flagged = layout.boxes.filter((box) => box.flags.length > 0);
  return (
    <figure className="graph" aria-labelledby={`${ids}-caption`}>
      {/* Focusable so a keyboard user can scroll a graph wider than the screen. */}
      <div className="graph-scroll" tabIndex={0} role="group" aria-label="Branch graph (scrolls sideways)">
        <svg width={layout.width} height={layout.height + 16} viewBox={`0 -16 ${layout.width} ${layout.height + 16}`} aria-hidden="true" focusable="false">
          <defs>
            <marker id={`${ids}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" className="graph-arrowhead" />
            </marker>
          </defs>
          {layout.arrows.map((arrow, index) => {
            const from = byId.get(arrow.from);
            const to = byId.get(arrow.to);
            if (!from || !to) return null;
            return <path key={index} d={arrowPath(from, to, arrow.back)} className={arrow.neverTried ? 'graph-edge graph-edge-dead' : 'graph-edge'} markerEnd={`url(#${ids}-arrow)`} />;
          })}
          {layout.boxes.map((box) => (
            <g
              key={box.id}
              transform={`translate(${box.x} ${box.y})`}
              className={`graph-box graph-${box.kind}${box.outcome ? ` graph-outcome-${box.outcome}` : ''}${box.flags.length ? ' graph-flagged' : ''}`}
            >
              <rect width={BOX_WIDTH} height={BOX_HEIGHT} rx={box.kind === 'ending' ? 18 : 4} />
              <text x={10} y={19} className="graph-id">
                {box.isPickup ? '▶ ' : ''}
                {shorten(box.id, 19)}
              </text>
              <text x={10} y={36} className="graph-sub">
                {box.flags.length ? `⚠ ${box.flags.join(', ')}` : box.kind === 'ending' ? `ends: ${box.outcome}` : shorten(ownValue(scenario.nodes, box.id)?.speaker ?? '', 20)}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <figcaption id={`${ids}-caption`}>
        {flagged.length === 0
          ? 'Branch graph: every point can be reached and leads to an ending.'
          : `Branch graph: ${flagged.length} point${flagged.length === 1 ? '' : 's'} flagged (${flagged.map((box) => `${box.id}: ${box.flags.join(', ')}`).join('; ')}).`}
      </figcaption>
      <details className="graph-words">
        <summary>The branches in words</summary>
        <ul>
          <li>The call starts at: {scenario.pickup.map((pickup) => pickup.to).join(', ')}.</li>
          {Object.entries(scenario.nodes).map(([id, node]) => (
            <li key={id}>
              <strong>{id}</strong> ({node.speaker}) goes to{' '}
              {layout.arrows
                .filter((arrow) => arrow.from === id)
                .map((arrow) => `${arrow.to}${arrow.label ? ` if ${arrow.label}` : ' otherwise'}${arrow.neverTried ? ' (never tried)' : ''}`)
                .join('; ') || 'nowhere'}
              .
            </li>
          ))}
          {Object.entries(scenario.endings).map(([id, ending]) => (
            <li key={id}>
              <strong>{id}</strong> is an ending ({ending.outcome}): {ending.title}.
            </li>
          ))}
        </ul>
      </details>
    </figure>
  );
}
