import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { encodeDrillCode } from '../../src/domain/workshop/drill-code.ts';
import { axeViolations, launchChromiumForSuite, playCall } from './chromium.ts';

const browser = launchChromiumForSuite();
const baseUrl = inject('baseUrl');

const DRILL = encodeDrillCode({ scenarioIds: ['ask-why'], rounds: 1, secondsPerReply: 60, seed: 7, pickup: 'manager' });

/** Every screen a user can reach, by address, once a call and a scenario of one's own exist. */
const SCREENS = [
  '#/',
  '#/prepare/change-of-heart',
  '#/prepare/request-to-talk',
  '#/drill',
  '#/coach',
  '#/edit/my-scenario',
  '#/new-assignment',
  '#/review',
  '#/workshop',
  `#/workshop-run/${DRILL}`,
  `#/workshop-summary/${DRILL}`,
  '#/open/not-a-real-link',
  '#/no-such-screen',
];

async function violationsOn(page: Page, hash: string): Promise<string[]> {
  await page.goto(`${baseUrl}${hash}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return (await axeViolations(page)).map((violation) => `${hash} ${violation}`);
}

describe('every screen, in both themes', () => {
  it.each(['light', 'dark'] as const)(
    'has no WCAG 2.1 AA violations in the %s theme',
    async (colorScheme) => {
      const context = await browser().newContext({ colorScheme });
      const page = await context.newPage();
      const found: string[] = [];

      // A call in progress, then its debrief with a phrase's explanation open.
      await page.goto(`${baseUrl}#/call/ask-why?seed=3`);
      await page.locator('.line-them').first().waitFor({ timeout: 20_000 });
      found.push(...(await axeViolations(page)).map((violation) => `call ${violation}`));
      await playCall(page, ["Hi Tom, it's Jordan. Whatever, your screener clearly can't read.", 'Thank you. What could I strengthen?', 'Thank you, I hope our paths cross again.']);
      await page.getByRole('heading', { name: 'How it landed' }).waitFor({ timeout: 20_000 });
      await page.locator('.transcript button.mark').first().click();
      await page.getByRole('heading', { name: 'How the manager heard it' }).waitFor();
      found.push(...(await axeViolations(page)).map((violation) => `debrief ${violation}`));

      // A scenario of one's own, for the editor, with a card and the graph zoomed.
      await page.goto(`${baseUrl}#/coach`);
      await page.getByRole('button', { name: 'New scenario' }).click();
      await page.getByRole('heading', { name: 'Edit "My scenario"' }).waitFor();
      await page.getByRole('button', { name: 'Open every card' }).click();
      await page.getByRole('button', { name: 'Zoom in' }).click();
      found.push(...(await axeViolations(page)).map((violation) => `editor ${violation}`));

      for (const hash of SCREENS) found.push(...(await violationsOn(page, hash)));
      expect(found).toEqual([]);
      await context.close();
    },
    120_000,
  );
});
