import { describe, expect, it } from 'vitest';
import { shippedReader } from '../../src/domain/reading/read-reply.ts';
import { score } from '../../src/domain/scoring/score-reply.ts';

const COMMUTE = 'I said no because the commute was over an hour each way.';
const TWO_REASONS = 'My other offer fell through when they froze hiring. Also the commute was the reason I said no, and we have since moved closer.';
const ruleNames = (reply: string, previousReplies: string[]) => score(reply, { managerLine: 'Why would you stay this time?', previousReplies }).findings.map((finding) => finding.rule);
const mainTopic = (reply: string) => shippedReader.readReply(reply).slots.reasonTopic;

describe('a reason compared with the reasons given earlier in the call', () => {
  it('reads the replies below the way these checks assume', () => {
    expect(mainTopic('My other offer fell through when they froze hiring.')).toMatchObject({ topic: 'other-offer' });
    expect(mainTopic(COMMUTE)).toMatchObject({ topic: 'commute' });
    expect(mainTopic('My other offer fell through when they froze hiring.')!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('is not a changed story when it comes back to any reason given before, not only the main one', () => {
    expect(ruleNames('My other offer fell through when they froze hiring.', [TWO_REASONS])).not.toContain('reason-changed');
    expect(ruleNames('The commute was the reason I said no, and it has changed since we moved.', [TWO_REASONS])).not.toContain('reason-changed');
  });

  it('is not a changed story when a new reason comes with one given before', () => {
    expect(ruleNames('My other offer fell through when they froze hiring. The commute is still a factor too.', [COMMUTE])).not.toContain('reason-changed');
  });

  it('is a changed story when it names only reasons never given before', () => {
    expect(ruleNames('My other offer fell through when they froze hiring.', [COMMUTE])).toContain('reason-changed');
    expect(ruleNames('The real reason is the money: the salary was too low for my family.', [COMMUTE])).toContain('reason-changed');
  });
});
