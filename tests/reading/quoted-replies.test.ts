import { describe, expect, it } from 'vitest';
import { checkClosing } from '../../src/domain/scoring/grade-call.ts';
import { score } from '../../src/domain/scoring/score-reply.ts';

/**
 * The replies quoted in the reader issue, each with the verdict a hiring manager would give.
 * None of them is in the training data.
 */
const DEFENSIVE = [
  'You clearly made your mind up before I even walked in.',
  "Why do you think? Your screener clearly can't read.",
  "Honestly your HR person is a joke, and if this isn't fixed I'll take it to your CEO.",
];
const FINE = ["Thanks, that's really useful to hear."];

/**
 * Replies the current model still gets wrong, kept in view rather than out of the suite: each of
 * these tests passes only while the miss persists, so when the reader learns them, the test fails
 * and the reply moves to the lists above. See the reader issue's closing note.
 */
const DEFENSIVE_BUT_MISSED = ["That's a cop-out and you know it.", 'You made a mistake.', "You've made a mistake.", "I don't buy that for a second.", "Don't patronise me."];
const FINE_BUT_PENALISED = ["That wasn't a waste of time at all", "I'm not arguing with that at all"];

describe('replies quoted in the reader issue', () => {
  it.each(DEFENSIVE)('hears "%s" as defensive (50 or more)', (reply) => {
    expect(score(reply, { managerLine: "I'm sorry, we've decided to go with another candidate." }).defensiveness).toBeGreaterThanOrEqual(50);
  });

  const penalties = (reply: string) => {
    const result = score(reply, { managerLine: 'I hope the interview was still useful to you.' });
    expect(result.defensiveness).toBeLessThan(25);
    expect(result.findings.filter((finding) => (finding.dimension === 'defensiveness' ? finding.points > 0 : finding.points < 0))).toEqual([]);
  };
  it.each(FINE)('does not penalise "%s"', penalties);

  it.fails.each(DEFENSIVE_BUT_MISSED)('known miss: does not yet hear "%s" as defensive', (reply) => {
    expect(score(reply, { managerLine: "I'm sorry, we've decided to go with another candidate." }).defensiveness).toBeGreaterThanOrEqual(50);
  });
  it.fails.each(FINE_BUT_PENALISED)('known miss: still penalises "%s"', penalties);

  // Known miss since the w17-w18 data: the thanks outweighs the jab that follows it.
  it.fails('known miss: does not yet refuse a parting shot as a gracious close', () => {
    expect(checkClosing('Thanks. I see no future with a company like yours.', "We've moved on.").gracious).toBe(false);
  });

  it('never marks down asking whether the role is still open', () => {
    const result = score('Is the role still open?', { managerLine: "What's this about?" });
    expect(result.defensiveness).toBe(0);
    expect(result.findings.every((finding) => (finding.dimension === 'defensiveness' ? finding.points <= 0 : finding.points >= 0))).toBe(true);
  });

  it('gives a direct, concrete answer no hidden penalty', () => {
    const result = score('I ran the books for the Eastside Food Co-op for four years: a $180,000 budget and two clean audits.', { managerLine: 'What experience, specifically?' });
    expect(result.findings.filter((finding) => finding.points < 0 && finding.dimension !== 'defensiveness')).toEqual([]);
    expect(result.findings.every((finding) => finding.end > finding.start)).toBe(true);
    expect(result.credibility).toBeGreaterThan(70);
  });

  it("earns no credibility for the manager's name or the length of the call", () => {
    const result = score('Hi Renée, could I have a 20-minute call with you this week?', { managerLine: 'Renée speaking.', ownNames: ['Renée Okafor', 'Greenway Community Trust'] });
    expect(result.findings.filter((finding) => finding.rule === 'evidence-detail')).toEqual([]);
  });
});
