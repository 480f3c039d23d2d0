import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessedTurn } from '../../src/domain/call/call-types.ts';
import { oneLineFeedback, replyToRewrite, strongerVersion, thingsToWorkOn } from '../../src/domain/scoring/debrief-advice.ts';
import { score } from '../../src/domain/scoring/score-reply.ts';

const MANAGER = "We've gone with someone else.";
const turnOf = (reply: string): AssessedTurn => ({ nodeId: 'n', managerLine: MANAGER, reply, ledTo: 'n', score: score(reply, { managerLine: MANAGER }) });

describe('what the debrief says to work on', () => {
  it('puts what cost the most first, grouped across replies, with the costliest phrase as its example', () => {
    const turns = [turnOf('Thanks for letting me know.'), turnOf("Whatever. Your screener clearly can't read."), turnOf("Honestly your HR person is a joke and I'll take this to your CEO.")];
    const items = thingsToWorkOn(turns, { defensiveness: 60, credibility: 70, professionalism: 40 });
    expect(items).toHaveLength(3);
    expect(items.map((item) => item.cost)).toEqual([...items.map((item) => item.cost)].sort((a, b) => b - a));
    expect(items[0]?.cost).toBeGreaterThan(0);
    expect(items.every((item) => item.example === undefined || turns[item.example.turn]?.reply.includes(item.example.phrase))).toBe(true);
  });

  it('says what to tighten when a dimension falls short with no phrase to blame', () => {
    const items = thingsToWorkOn([turnOf('Okay.')], { defensiveness: 0, credibility: 70, professionalism: 90 });
    expect(items.map((item) => item.dimension)).toContain('credibility');
    expect(items.find((item) => item.dimension === 'credibility')?.better).toMatch(/number|date|name/);
  });

  it('invents no faults for an exemplary call', () => {
    expect(thingsToWorkOn([turnOf('I ran the night shift for six years.')], { defensiveness: 0, credibility: 92, professionalism: 90 })).toEqual([]);
  });
});

describe('the stronger version of a reply', () => {
  it('replaces what cost points with better wordings and keeps what worked, word for word', () => {
    const reply = 'I ran the night shift for six years. Your recruiter never even passed my CV on.';
    const stronger = strongerVersion(reply, score(reply, { managerLine: MANAGER }).findings);
    expect(stronger).toContain('I ran the night shift for six years.');
    expect(stronger).not.toContain('recruiter');
  });

  it('leaves a threat out rather than rewording it', () => {
    const reply = "Thanks for telling me. I'll be taking this up with your CEO.";
    const stronger = strongerVersion(reply, score(reply, { managerLine: MANAGER }).findings);
    expect(stronger).toBe('Thanks for telling me.');
  });

  it('marks the facts only the candidate can supply instead of inventing them', () => {
    const reply = "Trust me, I'm the best candidate you'll ever meet.";
    expect(strongerVersion(reply, score(reply, { managerLine: MANAGER }).findings)).toMatch(/\[.+\]/);
  });

  it('replaces whole sentences, so the result reads as sentences, with no stray punctuation', () => {
    const cases = ['I think your recruiter messed up, so I never got the call.', 'Well, I guess, maybe, I sort of could do it.', "Thanks for telling me. I'll be taking this up with your CEO."];
    for (const reply of cases) {
      const stronger = strongerVersion(reply, score(reply, { managerLine: MANAGER }).findings) ?? '';
      expect(stronger).not.toMatch(/[,;:]\s*[.!?]|\s[,.]|[.!?] \p{Ll}/u);
      expect(stronger).toMatch(/[.!?]$/);
    }
    expect(strongerVersion(cases[0]!, score(cases[0]!, { managerLine: MANAGER }).findings)).toBe("I didn't make that clear in the interview.");
  });

  it('offers nothing for a reply whose findings all helped, whatever the reply (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (reply) => {
        const findings = score(reply, { managerLine: MANAGER }).findings;
        const anyCostly = findings.some((finding) => (finding.dimension === 'defensiveness' ? finding.points > 0 : finding.points < 0) && finding.end > finding.start);
        if (!anyCostly) expect(strongerVersion(reply, findings)).toBeNull();
      }),
      { numRuns: 60 },
    );
  });

  it('rewrites the reply that lost the most, not a clean one', () => {
    const turns = [turnOf('I ran the night shift for six years.'), turnOf("That's ridiculous. Your recruiter never even read my CV.")];
    expect(replyToRewrite(turns)?.turn).toBe(1);
    expect(replyToRewrite([turnOf('I ran the night shift for six years.')])).toBeNull();
  });
});

describe('one line of feedback between drill rounds', () => {
  it('names the costliest thing with its better way, or says the round was clean', () => {
    expect(oneLineFeedback([turnOf("Whatever. Your screener clearly can't read.")], { defensiveness: 80, credibility: 60, professionalism: 30 })).toMatch(/^Next time: /);
    expect(oneLineFeedback([turnOf('I ran the night shift for six years.')], { defensiveness: 0, credibility: 92, professionalism: 90 })).toBe('Every reply did its job: keep that shape.');
  });
});
