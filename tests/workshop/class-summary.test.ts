import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BAND_LABELS, redactName, summariseClass } from '../../src/domain/workshop/class-summary.ts';
import { playedCall, STRONG_CHANGE_OF_HEART, WEAK_CHANGE_OF_HEART } from '../support/records.ts';

const strong = playedCall('drill-1', 'change-of-heart', 3, STRONG_CHANGE_OF_HEART);
const weak = playedCall('drill-2', 'change-of-heart', 3, WEAK_CHANGE_OF_HEART);
const alsoWeak = playedCall('drill-3', 'change-of-heart', 3, ['hey, so things changed I guess', 'whatever', 'your loss']);

describe('the class summary', () => {
  const participants = [
    { name: 'Ana Strong', calls: [strong] },
    { name: 'Bo Weak', calls: [weak] },
    { name: 'Cy Weak', calls: [alsoWeak] },
  ];

  it("puts each call in the band its score falls in, with the class's real lowest, middle and highest scores", () => {
    const summary = summariseClass(participants, { anonymise: false });
    expect(summary.distributions.map((distribution) => distribution.dimension)).toEqual(['defensiveness', 'credibility', 'professionalism']);
    for (const distribution of summary.distributions) {
      const scores = [strong, weak, alsoWeak].map((call) => call.grade.scores[distribution.dimension]).sort((a, b) => a - b);
      expect([distribution.min, distribution.median, distribution.max], distribution.dimension).toEqual(scores);
      const inBand = BAND_LABELS.map((label) => {
        const [low, high] = label.split('-').map(Number) as [number, number];
        return scores.filter((score) => score >= low && score <= high).length;
      });
      expect(distribution.bands, distribution.dimension).toEqual(inBand);
    }
  });

  it('bands scores on the edges as the labels say, and takes the middle of an even class between its two middle scores', () => {
    const scored = (professionalism: number) => ({ name: `P${professionalism}`, calls: [{ ...strong, grade: { ...strong.grade, scores: { ...strong.grade.scores, professionalism } } }] });
    const summary = summariseClass([0, 19, 20, 79, 80, 100].map(scored), { anonymise: false });
    expect(summary.distributions.find((distribution) => distribution.dimension === 'professionalism')).toEqual({ dimension: 'professionalism', bands: [2, 1, 0, 1, 2], min: 0, median: 50, max: 100 });
  });

  it('counts a call with no replies, but keeps its empty scores out of the spread', () => {
    const silent = { ...weak, id: 'drill-5', output: { ...weak.output, turns: [] } };
    const withSilent = summariseClass([...participants, { name: 'Di Quiet', calls: [silent] }], { anonymise: false });
    expect(withSilent.callCount).toBe(4);
    expect(withSilent.distributions).toEqual(summariseClass(participants, { anonymise: false }).distributions);
  });

  it('ranks habits by how many participants show them, and the best reply comes from the strong call', () => {
    const summary = summariseClass(participants, { anonymise: false });
    const top = summary.commonFindings[0];
    expect(top?.participants).toBeGreaterThanOrEqual(2);
    // Only replies that earned points and lost none are held up as the best.
    expect(summary.bestReplies.every((best) => best.who === 'Ana Strong')).toBe(true);
    expect(summary.commonFindings.some((finding) => !finding.helps)).toBe(true);
    expect(summary.bestReplies[0]?.who).toBe('Ana Strong');
    expect(STRONG_CHANGE_OF_HEART).toContain(summary.bestReplies[0]?.reply);
  });

  it('holds up no reply as best when every reply lost points somewhere, even where it earned more', () => {
    const summary = summariseClass([{ name: 'Bo Weak', calls: [weak] }], { anonymise: false });
    expect(summary.bestReplies).toEqual([]);
  });

  it('takes names participants said themselves out of their replies when anonymised', () => {
    const introduced = playedCall('drill-4', 'change-of-heart', 3, ["Hi Priya, it's Ana Strong here. Thank you for taking my call. Is now a good time?", 'Thank you.']);
    const summary = summariseClass([{ name: 'Ana Strong', calls: [introduced] }], { anonymise: true });
    expect(JSON.stringify(summary)).not.toMatch(/Ana|Strong/);
    expect(summary.bestReplies.map((reply) => reply.reply)).toContain("Hi Priya, it's [name] [name] here. Thank you for taking my call. Is now a good time?");
    expect(redactName('Call Bo at Bob Ltd, bo@x', 'Bo Chen')).toBe('Call [name] at Bob Ltd, [name]@x');
  });

  it('never shows a real name anywhere when anonymised (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^Zq[A-Za-z]{6,12}$/), { minLength: 1, maxLength: 6 }), (names) => {
        const summary = summariseClass(
          names.map((name, index) => ({ name, calls: [[strong, weak, alsoWeak][index % 3]!] })),
          { anonymise: true },
        );
        const shown = JSON.stringify(summary);
        for (const name of names) expect(shown).not.toContain(name);
        expect(summary.names).toEqual(names.map((_, index) => `Participant ${index + 1}`));
      }),
      { numRuns: 50 },
    );
  });
});
