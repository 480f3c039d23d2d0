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
 * One point or ending as a collapsible card, in the disclosure pattern: a heading whose button
 * opens the form, and a line saying what the card holds, so a closed card still reads as an
 * outline and every card stays in a screen reader's list of headings.
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
  const titleId = pointTitleId(kind, id);
  return (
    <section id={cardId} className={kind === 'node' ? 'node-editor' : 'ending-editor'} aria-labelledby={titleId} data-open={open}>
      <h3 className="card-title">
        <button type="button" id={titleId} className="card-toggle" aria-expanded={open} aria-controls={`${cardId}-form`} onClick={() => onToggle(!open)}>
          <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
          {title}
        </button>
      </h3>
      <p className="muted card-summary">{summary}</p>
      <div id={`${cardId}-form`} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
