import { useEffect, useState } from 'react';
import { ProblemList } from '../../components/problem-list.tsx';
import { routeHref } from '../../lib/route.ts';
import type { LoadResult } from '../../lib/versioned-format.ts';
import type { Assignment } from '../../domain/assignment/assignment-format.ts';
import { AssignmentArrival } from './assignment-arrival.tsx';
import { assignmentFromLink } from '../../domain/assignment/assignment-link.ts';

/** Opens an assignment carried in the link: unpacked and checked here, in the browser. */
export function OpenAssignmentScreen({ packed }: { packed: string }) {
  const [result, setResult] = useState<LoadResult<Assignment> | null>(null);
  useEffect(() => {
    let live = true;
    void assignmentFromLink(packed).then((read) => live && setResult(read));
    return () => {
      live = false;
    };
  }, [packed]);
  return (
    <main className="screen" aria-labelledby="open-title">
      <h1 id="open-title">{result?.ok === false ? "This assignment link can't be opened" : 'An assignment from your coach'}</h1>
      {result === null ? <p role="status">Opening the assignment…</p> : null}
      {result?.ok === false ? (
        <div className="notice notice-error" role="alert">
          <p>Nothing was saved. Ask your coach to send the link again, or the assignment file.</p>
          <ProblemList problems={result.problems} />
        </div>
      ) : null}
      {result?.ok ? <AssignmentArrival assignment={result.value} /> : null}
      <p>
        <a href={routeHref({ screen: 'home' })}>Go to all calls</a>
      </p>
    </main>
  );
}
