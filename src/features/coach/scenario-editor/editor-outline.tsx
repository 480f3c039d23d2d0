import type { Scenario } from '../../../domain/scenario/scenario-schema.ts';

/** Every point and ending as a jump link to its card, and a way to open or close them all. */
export function EditorOutline({ draft, onOpen, onSetAll }: { draft: Scenario; onOpen: (kind: 'node' | 'ending', id: string) => void; onSetAll: (open: boolean) => void }) {
  return (
    <nav aria-labelledby="outline-title" className="editor-outline">
      <h2 id="outline-title">Points and endings</h2>
      <ul>
        {Object.entries(draft.nodes).map(([id, node]) => (
          <li key={id}>
            <button type="button" className="link-button" onClick={() => onOpen('node', id)}>
              {id}
            </button>{' '}
            <span className="muted">({node.speaker})</span>
          </li>
        ))}
        {Object.entries(draft.endings).map(([id, ending]) => (
          <li key={id}>
            <button type="button" className="link-button" onClick={() => onOpen('ending', id)}>
              {id}
            </button>{' '}
            <span className="muted">(ending: {ending.outcome})</span>
          </li>
        ))}
      </ul>
      <p className="row-actions">
        <button type="button" className="button button-small" onClick={() => onSetAll(true)}>
          Open every card
        </button>
        <button type="button" className="button button-small" onClick={() => onSetAll(false)}>
          Close every card
        </button>
      </p>
    </nav>
  );
}
