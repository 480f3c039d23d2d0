import type { FormatProblem } from '../lib/versioned-format.ts';

/**
 * Every problem found in a file or form, each with the field it is about: a file's problems by
 * path (`nodes.opening.next[0].to`), a form's by `place`, in the words the form uses.
 */
export function ProblemList({ problems, limit = 50, place }: { problems: readonly FormatProblem[]; limit?: number; place?: (path: string) => string }) {
  return (
    <ul className="problem-list">
      {problems.slice(0, limit).map((problem, index) => (
        <li key={index}>
          {place ? place(problem.path) : <code>{problem.path}</code>}: {problem.message}
        </li>
      ))}
      {problems.length > limit ? <li>…and {problems.length - limit} more.</li> : null}
    </ul>
  );
}

/** An outcome message: a quiet status, or an alert listing what was wrong. */
export type Notice = { tone: 'ok'; text: string } | { tone: 'error'; text: string; problems?: readonly FormatProblem[]; place?: (path: string) => string };

export function NoticeView({ notice }: { notice: Notice | null }) {
  return (
    <div aria-live="polite">
      {notice ? (
        <div className={notice.tone === 'error' ? 'notice notice-error' : 'notice'} role={notice.tone === 'error' ? 'alert' : 'status'}>
          <p>{notice.text}</p>
          {notice.tone === 'error' && notice.problems ? <ProblemList problems={notice.problems} place={notice.place} /> : null}
        </div>
      ) : null}
    </div>
  );
}
