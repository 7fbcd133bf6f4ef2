// @ts-check
/**
 * The architecture of src/, checked by `npm run lint` (dependency-cruiser): no import cycles, type-only
 * imports included, and no import upward.
 *
 * LAYERS lists the folders of src/, bottom first. A module imports only from its own folder and from the
 * layers below it: never from a layer above, nor from another folder of its own layer (folders in one
 * layer stand side by side, independent of each other). The entry points (src/index.ts, src/common.ts,
 * which every entry point re-exports, each folder's index.ts, and vitest/setup.ts) sit above every folder
 * but cli/: only an entry point or the CLI imports one. docs/architecture.md describes the layers (and
 * test/architecture/layers.test.ts holds its list to this one).
 */
const ENTRY_POINTS = '^src/(index|common)[.]ts$|^src/[^/]+/index[.]ts$|^src/vitest/setup[.]ts$';

/** @type {readonly (readonly string[])[]} */
export const LAYERS = [
  ['errors'],
  ['internal'],
  ['sources'],
  ['calendar'],
  ['standstill', 'lifecycle', 'meetings'],
  ['releases', 'date-holidays'],
  ['timetable', 'record'],
  ['register', 'ical'],
  ['report', 'vitest'],
  ['entry points'],
  ['cli'],
];

/** @param {string} part */
const pathOf = (part) => (part === 'entry points' ? ENTRY_POINTS : `^src/${part}/`);

/** @type {import('dependency-cruiser').IForbiddenRuleType[]} */
const layerRules = LAYERS.flatMap((layer, i) =>
  layer.flatMap((part) => {
    const above = [...LAYERS.slice(i + 1).flat(), ...layer.filter((other) => other !== part)];
    if (above.length === 0) return [];
    const below = LAYERS.slice(0, i).flat();
    return [
      {
        name: `no-upward-import-from-${part.replace(' ', '-')}`,
        severity: 'error',
        comment: `${part === 'entry points' ? 'an entry point' : `src/${part}/`} imports from ${['itself', ...below].join(', ')}; not from ${above.join(', ')}`,
        from: part === 'entry points' ? { path: ENTRY_POINTS } : { path: pathOf(part), pathNot: ENTRY_POINTS },
        to: { path: above.map(pathOf) },
      },
    ];
  }),
);

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'modules that import each other, directly or through others (type-only imports count)',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'in-a-layer',
      severity: 'error',
      comment: 'a module of src/ outside every layer: add its folder to LAYERS in .dependency-cruiser.js',
      from: { path: '^src/', pathNot: LAYERS.flat().map(pathOf) },
      to: {},
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
  },
};
