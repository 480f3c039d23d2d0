import { useEffect, useRef, useState } from 'react';
import { pointCardId } from './point-details.tsx';

/**
 * Which point and ending cards are open. Cards start closed, so a long scenario reads as an
 * outline; a card opens when it is added or renamed (it is what the coach is working on), and
 * `reveal` opens one, scrolls to it and puts focus on its heading's button, for the outline and the graph.
 */
export function useOpenCards(ids: readonly string[]) {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const seen = useRef(new Set(ids));
  const idsKey = ids.join('\n');
  useEffect(() => {
    const current = idsKey.split('\n');
    const fresh = current.filter((id) => !seen.current.has(id));
    seen.current = new Set(current);
    if (fresh.length > 0) setOpen((was) => new Set([...was, ...fresh]));
  }, [idsKey]);

  const toggle = (id: string, isOpen: boolean) =>
    setOpen((was) => {
      if (was.has(id) === isOpen) return was;
      const next = new Set(was);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });
  const reveal = (kind: 'node' | 'ending', id: string) => {
    toggle(id, true);
    requestAnimationFrame(() => {
      const card = document.getElementById(pointCardId(kind, id));
      card?.scrollIntoView?.({ block: 'start' });
      card?.querySelector<HTMLButtonElement>('.card-toggle')?.focus();
    });
  };
  const setAll = (isOpen: boolean) => setOpen(isOpen ? new Set(ids) : new Set());
  return { isOpen: (id: string) => open.has(id), toggle, reveal, setAll };
}
