import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | undefined;

/** Builds the app once and serves it for the browser tests, as a user would get it. */
export default async function setup(project: TestProject) {
  // Vitest sets NODE_ENV=test, which would give React's development build; users get production.
  const testEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', logLevel: 'warn', build: { outDir: 'dist' } });
  } finally {
    process.env.NODE_ENV = testEnv;
  }
  server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.resolvedUrls?.local[0] ?? '';
  // Quick pace: the same calls with no waiting for the line to ring, so tests spend no time on timers.
  project.provide('baseUrl', `${address}?pace=quick`);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
