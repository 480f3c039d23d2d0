import { describe, expect, it } from 'vitest';
import { score } from '../../src/domain/scoring/score-reply.ts';

const TWO_REASONS = 'The other offer fell through last week when they froze hiring. Also my commute has changed, since we moved closer to your office in June.';
const ruleNames = (reply: string, previousReplies: string[]) => score(reply, { managerLine: 'Why would you stay this time?', previousReplies }).findings.map((finding) => finding.rule);

describe('a reason compared with the reasons given earlier in the call', () => {
  it('is not a changed story when it comes back to either of two reasons given before', () => {
    expect(ruleNames('Honestly, the other offer falling through is what made me call.', [TWO_REASONS])).not.toContain('reason-changed');
    expect(ruleNames('The commute was the reason I said no, and it has changed since we moved.', [TWO_REASONS])).not.toContain('reason-changed');
  });

  it('is a changed story when it names a reason never given before', () => {
    expect(ruleNames('The real reason is the money: the salary was too low for my family.', ['I said no because the commute was over an hour each way.'])).toContain('reason-changed');
  });
});
