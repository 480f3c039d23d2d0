import { describe, expect, inject, it } from 'vitest';
import { builtinScenario } from '../../src/domain/scenario/builtin-scenarios.ts';
import { seedWhere } from '../support/simulate-call.ts';
import { launchChromiumForSuite, nextTurn, sayOnCall, viewScreenshot } from './chromium.ts';

const browser = launchChromiumForSuite();
const baseUrl = inject('baseUrl');

/** Six different replies, with the spacing, digits and punctuation a transcript must keep exactly. */
const REPLIES = [
  'Hi, this is Sam Patel. Is now a good time?',
  "I'm calling about the analyst role; I interviewed on the 14th.",
  'I was treasurer of a food bank for 14 months, and I kept its books.',
  "It didn't fit on one page, so I left it off. That was my mistake.",
  'Would that change anything? Thursday at 10 works for me.',
  'Thank you for your time, and for being straight with me.',
];

describe('a call on a phone', () => {
  it('keeps the newest line and the reply box in view after every turn, and the debrief shows the replies exactly', async () => {
    // A seed where the manager picks up and the call lasts at least six replies.
    const { seed, result } = seedWhere(builtinScenario('appeal')!, REPLIES, (call) => call.firstSpeaker !== 'voicemail' && call.output.turns.length >= 6);
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}#/call/appeal?seed=${seed}`);
    const inView = async (selector: string) =>
      page.evaluate((query) => {
        const nodes = document.querySelectorAll(query);
        const box = nodes[nodes.length - 1]?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
      }, selector);
    for (const [index, reply] of REPLIES.entries()) {
      expect(await nextTurn(page)).toBe('reply');
      if (index === 4) await viewScreenshot(page, 'phone-call');
      expect(await inView('.captions li'), `the newest line before "${reply}"`).toBe(true);
      // And not hidden behind the reply box, which stays at the bottom of the screen.
      expect(
        await page.evaluate(
          () => (document.querySelector('.captions li:last-child')?.getBoundingClientRect().bottom ?? Infinity) <= (document.querySelector('.reply')?.getBoundingClientRect().top ?? 0),
        ),
      ).toBe(true);
      expect(await inView('#reply-text')).toBe(true);
      await sayOnCall(page, reply);
    }
    // The call goes on as the engine predicted; the rest is the last reply again.
    while ((await nextTurn(page)) === 'reply') await sayOnCall(page, REPLIES.at(-1)!);
    await page.getByRole('heading', { name: 'How it landed' }).waitFor();
    const said = await page.locator('.transcript .line-you .line-text').allTextContents();
    expect(said).toEqual(result.output.turns.map((turn) => turn.reply));
    expect(said.slice(0, REPLIES.length)).toEqual(REPLIES);
    await page.evaluate(() => document.getElementById('work-on-title')?.scrollIntoView({ block: 'start' }));
    await viewScreenshot(page, 'phone-debrief');
    await context.close();
  }, 90_000);
});
