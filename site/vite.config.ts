import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The static site: one page per calculator, built into `site-dist/` (ignored). It runs the built
 * package (`dist/`, as a user's bundler would take it), so `npm run build` comes first.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
export const PAGES = ['index', 'standstill', 'timetable', 'releases', 'lifecycle'] as const;

/** The head every page shares, written once: a page says `<!-- head: Title | script -->` (script optional). */
const head = (title: string, script: string | undefined) => `<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${title} · secmod</title>
    <link rel="stylesheet" href="./src/style.css" />${script === undefined ? '' : `\n    <script type="module" src="./src/${script}.ts"></script>`}
  </head>`;

/** The navigation every page shares, written once and put where a page says `<!-- nav -->`. */
const NAV = `<header>
    <nav aria-label="Calculators">
      <ul>
        <li><a href="./index.html">secmod</a></li>
        <li><a href="./standstill.html">Standstill</a></li>
        <li><a href="./timetable.html">Timetable</a></li>
        <li><a href="./releases.html">Releases</a></li>
        <li><a href="./lifecycle.html">Lifecycle</a></li>
        <li><a href="./api/index.html">API reference</a></li>
      </ul>
    </nav>
  </header>`;

export default defineConfig({
  root: resolve(root, 'site'),
  base: './',
  resolve: {
    alias: [
      { find: /^secmod$/, replacement: resolve(root, 'dist/index.js') },
      { find: /^secmod\/(.+)$/, replacement: resolve(root, 'dist/$1/index.js') },
      { find: /^@examples\/(.+)$/, replacement: resolve(root, 'examples/$1') },
    ],
  },
  plugins: [
    {
      name: 'secmod-layout',
      transformIndexHtml: {
        order: 'pre',
        handler: (html) =>
          html
            .replace(/<!-- head: ([^|>]+?)(?: \| (\w+))? -->/, (_, title: string, script?: string) =>
              head(title, script),
            )
            .replace('<!-- nav -->', NAV),
      },
    },
  ],
  build: {
    outDir: resolve(root, 'site-dist'),
    emptyOutDir: true,
    // mermaid, loaded only by the timetable and lifecycle pages when they draw, is one large chunk.
    chunkSizeWarningLimit: 4000,
    target: 'es2022',
    rollupOptions: { input: Object.fromEntries(PAGES.map((p) => [p, resolve(root, 'site', `${p}.html`)])) },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
});
