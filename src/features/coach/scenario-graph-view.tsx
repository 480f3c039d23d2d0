import { ownValue } from '../../lib/own.ts';
import { useId, useRef, useState, type PointerEvent } from 'react';
import type { FormatProblem } from '../../lib/versioned-format.ts';
import type { Scenario } from '../../domain/scenario/scenario-schema.ts';
import { BOX_HEIGHT, BOX_WIDTH, type GraphBox, layoutGraph } from './graph-layout.ts';
import { countOf } from '../../lib/plural.ts';

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

/** Where an arrow's condition is written: midway along it, or above a back-edge's arc. */
function labelAt(from: GraphBox, to: GraphBox, back: boolean): { x: number; y: number } {
  if (back) return { x: (from.x + to.x + BOX_WIDTH) / 2, y: Math.min(from.y, to.y) - 18 };
  return { x: (from.x + BOX_WIDTH + to.x) / 2, y: (from.y + to.y + BOX_HEIGHT) / 2 - 4 };
}

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;

/**
 * Zoom (fit the box, or a set scale) and drag-to-pan for a drawing wider than its box. At "fit"
 * the drawing scales to the box; zoomed, the box scrolls and a drag moves it.
 */
function usePanZoom() {
  const [zoom, setZoom] = useState<number | 'fit'>('fit');
  const box = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; y: number; left: number; top: number } | null>(null);
  const step = (direction: 1 | -1) =>
    setZoom((current) => {
      const at = current === 'fit' ? ZOOMS.indexOf(1) - (direction > 0 ? 1 : 0) : ZOOMS.indexOf(current as (typeof ZOOMS)[number]);
      return ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, at + direction))] ?? 1;
    });
  const handlers = {
    onPointerDown: (event: PointerEvent<HTMLDivElement>) => {
      if (zoom === 'fit' || !box.current || (event.target as Element).closest('.graph-box')) return;
      drag.current = { x: event.clientX, y: event.clientY, left: box.current.scrollLeft, top: box.current.scrollTop };
      box.current.setPointerCapture(event.pointerId);
    },
    onPointerMove: (event: PointerEvent<HTMLDivElement>) => {
      if (!drag.current || !box.current) return;
      box.current.scrollLeft = drag.current.left - (event.clientX - drag.current.x);
      box.current.scrollTop = drag.current.top - (event.clientY - drag.current.y);
    },
    onPointerUp: () => {
      drag.current = null;
    },
  };
  return { zoom, setZoom, step, box, handlers };
}

/**
 * The scenario's branches drawn as a graph, with the same structure in words beside it for
 * screen readers and for anyone who prefers a list.
 */
export function ScenarioGraphView({ scenario, problems, onOpenPoint }: { scenario: Scenario; problems: readonly FormatProblem[]; onOpenPoint?: (id: string) => void }) {
  const layout = layoutGraph(scenario, problems);
  const { zoom, setZoom, step, box, handlers } = usePanZoom();
  const ids = useId();
  const byId = new Map(layout.boxes.map((box) => [box.id, box]));
  const flagged = layout.boxes.filter((box) => box.flags.length > 0);
  return (
    <figure className="graph" aria-labelledby={`${ids}-caption`}>
      <div className="graph-zoom" role="group" aria-label="Zoom the graph">
        <button type="button" className="button button-small" onClick={() => step(-1)} disabled={zoom === ZOOMS[0]}>
          Zoom out
        </button>
        <button type="button" className="button button-small" onClick={() => step(1)} disabled={zoom === ZOOMS[ZOOMS.length - 1]}>
          Zoom in
        </button>
        <button type="button" className="button button-small" onClick={() => setZoom('fit')} aria-pressed={zoom === 'fit'}>
          Fit
        </button>
        <span className="muted" aria-live="polite">
          {zoom === 'fit' ? 'Fitted to the box' : `${Math.round(zoom * 100)}%: drag or scroll to move around`}
        </span>
      </div>
      {/* Focusable so a keyboard user can scroll a zoomed graph; the points are also listed as links to their forms. */}
      <div ref={box} className={zoom === 'fit' ? 'graph-scroll' : 'graph-scroll graph-zoomed'} tabIndex={0} role="group" aria-label="Branch graph" {...handlers}>
        <svg width={zoom === 'fit' ? '100%' : layout.width * zoom} viewBox={`0 -24 ${layout.width} ${layout.height + 24}`} aria-hidden="true" focusable="false">
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
          {/* Labels after every arrow, so no line is drawn over a condition. */}
          {layout.arrows.map((arrow, index) => {
            const from = byId.get(arrow.from);
            const to = byId.get(arrow.to);
            if (!from || !to) return null;
            const at = labelAt(from, to, arrow.back);
            return (
              <text key={index} x={at.x} y={at.y} textAnchor="middle" className="graph-edge-label">
                {shorten(arrow.label || 'otherwise', 26)}
              </text>
            );
          })}
          {layout.boxes.map((box) => (
            <g
              key={box.id}
              transform={`translate(${box.x} ${box.y})`}
              className={`graph-box graph-${box.kind}${box.outcome ? ` graph-outcome-${box.outcome}` : ''}${box.flags.length ? ' graph-flagged' : ''}${onOpenPoint ? ' graph-box-open' : ''}`}
              data-point={box.id}
              onClick={onOpenPoint ? () => onOpenPoint(box.id) : undefined}
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
          : `Branch graph: ${countOf(flagged.length, 'point')} flagged (${flagged.map((box) => `${box.id}: ${box.flags.join(', ')}`).join('; ')}).`}
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
