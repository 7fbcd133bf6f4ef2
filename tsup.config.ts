import { defineConfig } from 'tsup';

/** One entry per public module (API.md), so bundlers can take only what an app imports. */
export const entries = {
  index: 'src/index.ts',
  'sources/index': 'src/sources/index.ts',
  'calendar/index': 'src/calendar/index.ts',
  'standstill/index': 'src/standstill/index.ts',
  'lifecycle/index': 'src/lifecycle/index.ts',
  'meetings/index': 'src/meetings/index.ts',
  'timetable/index': 'src/timetable/index.ts',
  'releases/index': 'src/releases/index.ts',
  'register/index': 'src/register/index.ts',
  'record/index': 'src/record/index.ts',
  'ical/index': 'src/ical/index.ts',
  'report/index': 'src/report/index.ts',
  'date-holidays/index': 'src/date-holidays/index.ts',
  'vitest/index': 'src/vitest/index.ts',
  'vitest/setup': 'src/vitest/setup.ts',
};

export default defineConfig([
  {
    entry: entries,
    format: ['esm', 'cjs'],
    dts: true,
    // Shared chunks in both formats: one copy of each module per format, so the entry points share
    // state (caches, the SecmodError class) instead of each bundling its own.
    splitting: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    target: 'node20',
    tsconfig: 'tsconfig.build.json',
    outDir: 'dist',
  },
  {
    // The CLI: its own entry point, the only code that reads argv or prints.
    entry: { bin: 'src/cli/bin.ts' },
    format: ['esm'],
    // Each command's code in its own chunk, loaded when the command runs: `secmod standstill` starts
    // without the register code, zod or ts-pattern.
    splitting: true,
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    tsconfig: 'tsconfig.build.json',
    outDir: 'dist/cli',
  },
]);
