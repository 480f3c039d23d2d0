import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { playCall, launchChromiumForSuite } from './chromium.ts';

const browser = launchChromiumForSuite();
const baseUrl = inject('baseUrl');

describe('history and progress', () => {
  it('charts each dimension over the calls of a scenario, readable as a table, in the dark theme too', async () => {
    const context = await browser().newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    for (const replies of [
      ['What do you want?', 'Whatever. Your loss.'],
      ["Hi Tom, it's Jordan Avery. Thank you for taking my call. Is now a good time?", "That's fair. What could I strengthen?", 'Thank you for your time. I hope our paths cross again.'],
    ]) {
      await page.goto(`${baseUrl}#/call/ask-why?seed=2`);
      await playCall(page, replies);
    }
    await page.goto(`${baseUrl}#/`);
    const chart = page.getByRole('img', { name: /The missing|Ask why, 2 calls/ });
    await chart.waitFor();
    expect(await chart.locator('polyline').count()).toBe(3);
    await page.getByText('The numbers').click();
    const rows = page.locator('.progress tbody tr');
    expect(await rows.count()).toBe(2);
    // The second, gracious call is more professional than the first.
    const professionalism = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelectorAll('td')[2]?.textContent)));
    expect(professionalism[1]).toBeGreaterThan(professionalism[0] as number);
    const violations = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations;
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  }, 90_000);
});
