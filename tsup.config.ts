import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { DIRECT_COMMANDS } from './src/cli/direct-commands.js';

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

/**
 * In the date questions' own builds, `src/cli/state-calendar.ts`'s `import('../date-holidays/index.js')`
 * loads the package's `secmod/date-holidays` entry point, built beside them (dist/date-holidays), so the
 * command is one file: a chunk of its own would share code with the command and split it in three.
 */
const dateHolidaysEntry: Plugin = {
  name: 'date-holidays-entry',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/date-holidays\/index\.js$/ }, () => ({
      path: '../../date-holidays/index.js',
      external: true,
    }));
  },
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
    // Not here: the builds below run at the same time and write into dist/cli, which a clean of dist could
    // remove after they wrote. `npm run build` empties dist first.
    clean: false,
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
  // The date questions, each built on its own (`src/cli/bin.ts` says why): one build per command, so
  // none shares a chunk with code another command needs.
  ...DIRECT_COMMANDS.map((command) => ({
    entry: { [command]: `src/cli/direct/${command}.ts` },
    format: ['esm' as const],
    // One file: the optional date-holidays adapter, the one part loaded later, is the package's own
    // public entry point (dist/date-holidays), not a chunk sharing this file's code.
    splitting: false,
    esbuildPlugins: [dateHolidaysEntry],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    tsconfig: 'tsconfig.build.json',
    outDir: 'dist/cli/direct',
    minify: true,
  })),
]);
