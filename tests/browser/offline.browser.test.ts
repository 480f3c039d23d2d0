import { describe, expect, inject, it } from 'vitest';
import { launchChromiumForSuite, playCall } from './chromium.ts';

const browser = launchChromiumForSuite();
const baseUrl = inject('baseUrl');

describe('with no network after the first visit', () => {
  it('reloads from the service worker and plays a whole call, scored, to the debrief', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Which call are you rehearsing?' }).waitFor();
    // The worker takes the page only once it has installed, and installing is precaching everything.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    const precached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    // The scorer's chunk carries the reader's model; it was never loaded on the home screen.
    expect(precached.some((path) => /\/assets\/score-reply-[\w-]+\.js$/.test(path))).toBe(true);
    expect(precached).toContain('/manifest.webmanifest');

    await context.setOffline(true);
    await page.reload();
    // Proof the network is gone: anything the worker didn't precache can't be fetched. (Chromium's
    // navigator.onLine reads true again after a reload under emulation, so it proves nothing here.)
    const probe = await page.evaluate(async () => {
      try {
        return `answered ${(await fetch(`/not-precached-${Date.now()}`)).status}`;
      } catch {
        return 'no network';
      }
    });
    expect(probe).toBe('no network');
    await page.getByRole('heading', { name: 'Which call are you rehearsing?' }).waitFor();

    await page.getByRole('link', { name: /Prepare for They want to talk/ }).click();
    await page.getByRole('link', { name: 'Take the call' }).click();
    const said = await playCall(page, ["Hi Jordan, yes, thanks for calling. I'm glad to talk.", 'Thank you, that works for me. I look forward to it.']);
    expect(said).toBeGreaterThan(0);
    await page.getByRole('heading', { name: 'How it landed' }).waitFor({ timeout: 20_000 });
    expect(await page.locator('.transcript .line-you').count()).toBe(said);
    await context.close();
  }, 120_000);

  it('offers the app to install: a manifest with a name, icons and a theme colour', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(baseUrl);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href as string);
    expect(manifest.name).toMatch(/Callback/);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.display).toBe('standalone');
    const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons as { src: string }[]) {
      const status = await page.evaluate(async (src) => (await fetch(src)).status, icon.src);
      expect(status, icon.src).toBe(200);
    }
    await context.close();
  });
});
