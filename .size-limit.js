/**
 * Size budgets, checked in `npm test` (min+gzip, as a bundler ships them).
 *
 * tsup's entry files `import` some shared chunks for their declarations only; the package declares them
 * free of side effects, so esbuild rightly drops those imports and would warn about each
 * (`ignored-bare-import`). The warning is the intended tree-shaking, so it is silenced here and nowhere else.
 */
const quiet = (config) => ({ ...config, logOverride: { ...config.logOverride, 'ignored-bare-import': 'silent' } });

export default [
  {
    name: 'addWorkingDays + englandAndWales (ESM, min+gzip)',
    path: 'dist/calendar/index.js',
    import: '{ addWorkingDays, englandAndWales }',
    // 5.62 kB since the calendars' data is deep-frozen, arrays are walked by their elements and a revoked
    // Proxy is refused (was 5.38 kB); 5.73 kB since a calendar's methods are refused as revoked Proxies and
    // its holidaysIn answer at its first hole. Issue "Speed seams of 0.2.0" is to bring it under 4.7 kB.
    limit: '5.75 kB',
    gzip: true,
    modifyEsbuildConfig: quiet,
  },
  {
    name: 'whole secmod/calendar (ESM, min+gzip)',
    path: 'dist/calendar/index.js',
    import: '*',
    // 10.01 kB since calendar definitions refuse unknown keys and name the nearest known one, the
    // calendars' data is deep-frozen and a revoked Proxy is refused (was 8.91 kB); 10.56 kB since every
    // hostile value of the fuzz suite is refused at each entrance (revoked Proxies, lying lengths, 2 MB
    // keys named by their start in messages); 10.60 kB with isWorkingDayNumber reading the dense tables.
    limit: '10.7 kB',
    gzip: true,
    modifyEsbuildConfig: quiet,
  },
  {
    name: "the standstill page's JavaScript before its first answer, without date-holidays (min+gzip)",
    path: 'site/src/standstill.ts',
    limit: '30 kB',
    gzip: true,
    ignore: ['date-holidays'],
    modifyEsbuildConfig: quiet,
  },
];
