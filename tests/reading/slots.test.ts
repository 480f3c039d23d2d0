import { describe, expect, it } from 'vitest';
import { findFacts } from '../../src/domain/reading/slots.ts';
import { score } from '../../src/domain/scoring/score-reply.ts';

describe('the phone number a reply leaves', () => {
  it.each([
    ['You can reach me on 555-0142.', '555-0142'],
    ['my number is 07700 900142', '07700 900142'],
    ['Call me back on +44 161 496 0142, thanks.', '+44 161 496 0142'],
    ["it's oh seven seven oh oh nine oh oh one four two", 'oh seven seven oh oh nine oh oh one four two'],
  ])('finds the number in "%s", a seven-digit local one included', (reply, number) => {
    expect(findFacts(reply).phone?.text).toBe(number);
  });

  it.each(['I managed a $180,000 budget for 4 years.', 'We grew from 120 to 4500 customers in 2023.', 'The role paid 95,000.'])('finds none in "%s"', (reply) => {
    expect(findFacts(reply).phone).toBeNull();
  });

  it('a voicemail that leaves a seven-digit number is not marked down for leaving none', () => {
    const result = score("Hi Priya, it's Ana Lopez about the analyst role. You can reach me on 555-0142.", { managerLine: 'Leave me a message and I will get back to you.', listener: 'voicemail' });
    expect(result.findings.map((finding) => finding.rule)).not.toContain('voicemail-no-callback');
    const silent = score("Hi Priya, it's Ana Lopez about the analyst role.", { managerLine: 'Leave me a message and I will get back to you.', listener: 'voicemail' });
    expect(silent.findings.map((finding) => finding.rule)).toContain('voicemail-no-callback');
  });
});
