import { useId } from 'react';
import type { Scenario } from '../domain/scenario/scenario-schema.ts';

/** A scenario's briefing: what happened so far, what was said, the facts, who answers and the goal. */
export function ScenarioBriefing({ scenario, headingLevel = 2 }: { scenario: Scenario; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const titleId = useId();
  return (
    <section className="briefing" aria-labelledby={titleId}>
      <Heading id={titleId}>What happened so far</Heading>
      <p>{scenario.briefing.story}</p>
      <p className="said">{scenario.briefing.youSaid}</p>
      <ul>
        {scenario.briefing.facts.map((fact, index) => (
          <li key={index}>{fact}</li>
        ))}
      </ul>
      <p>
        <strong>You'll be speaking to:</strong> {scenario.persona.name}, {scenario.persona.role} at {scenario.persona.company}. {scenario.persona.temperament}
      </p>
      <p>
        <strong>Your goal:</strong> {scenario.briefing.goal}
      </p>
    </section>
  );
}
