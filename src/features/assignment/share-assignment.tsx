import { useEffect, useState } from 'react';
import { download, fileSlug } from '../../lib/download.ts';
import { type Assignment, assignmentFileText } from '../../domain/assignment/assignment-format.ts';
import { assignmentLink } from '../../domain/assignment/assignment-link.ts';

/** The assignment as a link and as a file, ready to send to a candidate. */
export function ShareAssignment({ assignment, heading = 'Share this assignment' }: { assignment: Assignment; heading?: string }) {
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    let live = true;
    void assignmentLink(assignment, window.location.href).then((made) => live && setLink(made));
    return () => {
      live = false;
    };
  }, [assignment]);
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // Clipboard refused (permissions, or an insecure page): the link is selectable in the box.
      setCopied(false);
    }
  };
  return (
    <section aria-labelledby="share-title">
      <h2 id="share-title" tabIndex={-1}>
        {heading}
      </h2>
      <p className="muted">The link carries the whole assignment after the #, which browsers never send to a server. Or send the file.</p>
      <p className="field">
        <label htmlFor="assignment-link">Link{link ? ` (${link.length.toLocaleString()} characters)` : ''}</label>
        <textarea id="assignment-link" readOnly rows={3} value={link ?? 'Making the link…'} onFocus={(event) => event.target.select()} />
      </p>
      <p className="actions">
        <button type="button" className="button" onClick={() => void copy()} disabled={!link}>
          {copied ? 'Copied' : 'Copy the link'}
        </button>
        <button type="button" className="button" onClick={() => download(`callback-assignment-${fileSlug(assignment.title, 'assignment')}.json`, assignmentFileText(assignment))}>
          Download the assignment file
        </button>
      </p>
    </section>
  );
}
