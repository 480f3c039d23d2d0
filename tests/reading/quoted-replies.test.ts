import { describe, expect, it } from 'vitest';
import { checkClosing } from '../../src/domain/scoring/grade-call.ts';
import { score } from '../../src/domain/scoring/score-reply.ts';
import quoted from './quoted-replies.json';

/**
 * Replies the current model still gets wrong, kept in view rather than out of the suite: each of
 * these tests passes only while the miss persists, so when the reader learns one, its test fails
 * and it comes off this list. See the reader issue's closing note.
 */
const KNOWN_MISSES = new Set<string>([]);
const heard = (list: string[]) => list.filter((reply) => !KNOWN_MISSES.has(reply));
const missed = (list: string[]) => list.filter((reply) => KNOWN_MISSES.has(reply));

describe('replies quoted in the reader issue', () => {
  it.each(heard(quoted.defensive))('hears "%s" as defensive (50 or more)', (reply) => {
    expect(score(reply, { managerLine: "I'm sorry, we've decided to go with another candidate." }).defensiveness).toBeGreaterThanOrEqual(50);
  });

  const penalties = (reply: string) => {
    const result = score(reply, { managerLine: 'I hope the interview was still useful to you.' });
    expect(result.defensiveness).toBeLessThan(25);
    expect(result.findings.filter((finding) => (finding.dimension === 'defensiveness' ? finding.points > 0 : finding.points < 0))).toEqual([]);
  };
  it.each(heard(quoted.fine))('does not penalise "%s"', penalties);

  // Each list of known misses is empty while the reader hears every quoted reply right; a reply that slips goes back on KNOWN_MISSES.
  if (missed(quoted.defensive).length > 0)
    it.fails.each(missed(quoted.defensive))('known miss: does not yet hear "%s" as defensive', (reply) => {
      expect(score(reply, { managerLine: "I'm sorry, we've decided to go with another candidate." }).defensiveness).toBeGreaterThanOrEqual(50);
    });
  if (missed(quoted.fine).length > 0) it.fails.each(missed(quoted.fine))('known miss: still penalises "%s"', penalties);

  const refusedAsClose = (reply: string) => {
    expect(checkClosing(reply, "We've moved on.").gracious).toBe(false);
  };
  it.each(heard(quoted.partingShots))('refuses the parting shot "%s" as a gracious close', refusedAsClose);
  if (missed(quoted.partingShots).length > 0) it.fails.each(missed(quoted.partingShots))('known miss: does not yet refuse the parting shot "%s" as a gracious close', refusedAsClose);

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
