import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, launchChromiumForSuite } from './chromium.ts';

const browser = launchChromiumForSuite();
const baseUrl = inject('baseUrl');

describe('the thank-you drill', () => {
  it('scores each close, keeps a streak, and is accessible', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByRole('link', { name: /Practise the thank-you/ }).click();
    await page.getByRole('heading', { name: 'The thank-you drill' }).waitFor();
    const close = async (text: string) => {
      // Enter says it, as on a call; Shift+Enter would start a new line.
      await page.getByLabel('Your close').fill(text);
      await page.getByLabel('Your close').press('Enter');
      await page.locator('#verdict-title').waitFor();
      // The verdict shows both lines it judged: the manager's no and the close, exactly.
      const round = page.getByRole('list', { name: 'This round' });
      expect(await round.locator('.line-you .line-text').textContent()).toBe(text);
      expect((await round.locator('.line-them .line-text').textContent())?.length).toBeGreaterThan(0);
      const verdict = await page.locator('#verdict-title').textContent();
      const violations = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations;
      expect(violations.map((v) => v.id)).toEqual([]);
      await screenshot(page, 'drill');
      await page.getByRole('button', { name: 'Next no' }).click();
      return verdict;
    };
    expect(await close('Thank you for your time and your candour. I hope our paths cross again.')).toBe('Gracious.');
    expect(await close('Thanks so much for being straight with me. Please keep me in mind for future roles.')).toBe('Gracious.');
    expect(await close('Fine, but I think you made a mistake.')).toBe('Not quite.');
    expect(await page.getByRole('status').filter({ hasText: 'Streak' }).textContent()).toBe('Streak 0 · Best 2 · Rounds 3');
    await page.getByRole('button', { name: 'Finish the drill' }).click();
    await page.getByText('your best streak was 2 in 3 rounds').waitFor();
    await context.close();
  }, 60_000);
});
