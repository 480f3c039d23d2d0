/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: { port: 5173 },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    // Browser tests drive real Chromium and share one built app; run them one file at a time.
    fileParallelism: true,
    testTimeout: 20_000,
  },
});
