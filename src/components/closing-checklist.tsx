import type { ClosingCheck } from '../domain/scoring/grade-call.ts';

/** The three parts of a gracious thank-you, ticked or not, and the advice. */
export function ClosingChecklist({ check }: { check: ClosingCheck }) {
  return (
    <>
      <ul>
        <li>{check.thanked ? '✓' : '✗'} Thanked them for their time and candour</li>
        <li>{check.noPushback ? '✓' : '✗'} No pushback</li>
        <li>{check.doorLeftOpen ? '✓' : '✗'} Left the door open</li>
      </ul>
      <p>{check.advice}</p>
    </>
  );
}
