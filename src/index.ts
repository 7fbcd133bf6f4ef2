/**
 * secmod: how the UK Smart Energy Code is changed, as typed functions over plain data.
 *
 * Everything pure is exported here; each module also has its own entry point
 * (`secmod/calendar`, ...) for smaller bundles.
 *
 * @module secmod
 */
export * from './errors/index.js';
export * from './calendar/index.js';
