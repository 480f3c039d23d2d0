import type { ReactNode } from 'react';

/** The element id of a point's or ending's card, so the jump list and the graph can open it. */
export function pointCardId(kind: 'node' | 'ending', id: string): string {
  return `${kind}-card-${id}`;
}

/** The id of a card's title; its own prefix, so it never equals another card's id. */
function pointTitleId(kind: 'node' | 'ending', id: string): string {
  return `${kind}-title-${id}`;
}

/**
 * One point or ending as a collapsible card: the summary names it and says what it holds, so a
 * closed card still reads as an outline; the form opens on request.
 */
export function PointDetails({
  kind,
  id,
  title,
  summary,
  open,
  onToggle,
  children,
}: {
  kind: 'node' | 'ending';
  id: string;
  title: string;
  summary: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  children: ReactNode;
}) {
  const cardId = pointCardId(kind, id);
  return (
    <section className={kind === 'node' ? 'node-editor' : 'ending-editor'} aria-labelledby={pointTitleId(kind, id)}>
      <details id={cardId} open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
        <summary>
          <h3 id={pointTitleId(kind, id)} className="card-title">
            {title}
          </h3>{' '}
          <span className="muted card-summary">{summary}</span>
        </summary>
        {children}
      </details>
    </section>
  );
}
