import { describe, expect, inject, it } from 'vitest';
import { axeViolations, launchChromiumForSuite } from './chromium.ts';

const browser = launchChromiumForSuite();
const baseUrl = inject('baseUrl');

describe('a screen whose code never arrives', () => {
  it('says so in words under the usual header, and the rest of the app still works', async () => {
    const context = await browser().newContext();
    // The drill's code is lost on the way, as on a connection that drops before the app is kept offline.
    await context.route(/\/assets\/drill-screen-[\w-]+\.js$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${baseUrl}#/drill`);
    await page.getByRole('heading', { level: 1, name: 'Something went wrong on this screen' }).waitFor();
    expect(await page.getByText('Your saved calls and scripts are safe.').isVisible()).toBe(true);
    expect(await page.getByText("This screen couldn't be loaded.", { exact: false }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('screen-error-title');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Go to all calls' }).click();
    await page.getByRole('heading', { name: 'Which call are you rehearsing?' }).waitFor();
    await context.close();
  });
});
