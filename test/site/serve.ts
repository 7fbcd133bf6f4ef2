import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

/** Serves the built site (site-dist/) on 127.0.0.1 for the browser test, as `npm run site:preview` does. */
let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  server = await preview({
    configFile: 'site/vite.config.ts',
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined || !url.startsWith('http://127.0.0.1:'))
    throw new Error(`the site is not served on 127.0.0.1: ${url}`);
  project.provide('siteUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}
