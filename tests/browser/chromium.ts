import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, started the way this closed network needs (no background connections). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}; scripts/ensure-chromium.sh installs it`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Types a reply on the call screen once it is the candidate's turn, and waits for it to appear. */
export async function sayOnCall(page: Page, text: string): Promise<void> {
  const box = page.getByLabel('Your reply');
  await page.getByRole('button', { name: 'Say it' }).waitFor();
  await page.waitForFunction(() => document.querySelector('.help')?.textContent?.startsWith('Press Enter'), null, { timeout: 20_000 });
  await box.fill(text);
  await box.press('Enter');
}
