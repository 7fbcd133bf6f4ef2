/**
 * secmod: how the UK Smart Energy Code is changed, as typed functions over plain data.
 *
 * Everything pure is exported here (the `secmod/date-holidays` adapter, which needs the optional
 * `date-holidays` package, has its own entry point only); each module also has its own entry point
 * (`secmod/calendar`, ...) for smaller bundles.
 *
 * @module secmod
 */
export * from './errors/index.js';
export * from './sources/index.js';
export * from './calendar/index.js';
export * from './standstill/index.js';
export * from './lifecycle/index.js';
export * from './meetings/index.js';
export * from './timetable/index.js';
export * from './releases/index.js';
export * from './register/index.js';
export * from './record/index.js';
export * from './report/index.js';
