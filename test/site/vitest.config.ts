import { defineConfig } from 'vitest/config';

/** The browser tests (the site's calculators, the HTML report): run by `npm run test:browser` after the site is built, not by the unit run. */
export default defineConfig({
  test: {
    include: ['test/site/**/*.browser.ts', 'test/report/**/*.browser.ts'],
    globalSetup: ['test/site/serve.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
