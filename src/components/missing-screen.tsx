import type { ReactNode } from 'react';

/** What a screen shows when what its link names isn't here: why, and where to go instead. */
export function MissingScreen({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="screen" aria-labelledby="missing-title">
      <h1 id="missing-title">{title}</h1>
      <p>{children}</p>
    </main>
  );
}
