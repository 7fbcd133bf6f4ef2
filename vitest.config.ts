import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test-prop.ts'],
    // A fixed fast-check seed unless FC_SEED says otherwise.
    setupFiles: ['test/fast-check-seed.ts'],
    // Type tests (`*.test-d.ts`): the promises the types make, checked by the compiler.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    // Property tests run thousands of cases; the default 5 s is too tight on a loaded 2-core CI machine.
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli/bin.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 90, functions: 90, branches: 85, statements: 90 },
    },
  },
});
