/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/** The brand colour, as in the icon and the accent in styles.css. */
const THEME_COLOUR = '#1f5f8b';

export default defineConfig({
  plugins: [
    react(),
    // After the first visit the whole app, the reader's model included, runs with no network.
    VitePWA({
      // A new version waits until every tab of the old one is closed, so a call in progress never
      // has its screens' files swapped from under it.
      registerType: 'prompt',
      // A small script of its own: registering adds nothing to the first screen's JavaScript.
      injectRegister: 'script-defer',
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Callback: rehearse the call',
        short_name: 'Callback',
        description: 'Rehearse a hard phone call to a hiring manager.',
        theme_color: THEME_COLOUR,
        background_color: '#f7f6f3',
        display: 'standalone',
        start_url: '/',
        icons: [
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The manifest, its icons and includeAssets are added by the plugin itself.
        globPatterns: ['**/*.{js,css,html}'],
        // The scorer's chunk carries the reader's model (about 1.4 MB), close to Workbox's 2 MiB
        // default. Past the limit the build fails: an app that can't score a call offline never ships.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // The first visit is controlled at once, so going offline right after it still works.
        clientsClaim: true,
      },
    }),
  ],
  server: { port: 5173 },
  test: {
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['tests/**/*.test.{ts,tsx}'], exclude: ['tests/browser/**'] } },
      {
        extends: true,
        // Real Chromium against the built app; one file at a time on a 2-core machine.
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.browser.test.ts'],
          globalSetup: ['tests/browser/browser-setup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
