/**
 * One seed for every property test and the fuzz suite of a run, so that a commit passes or fails the
 * same way each time `npm test` runs it: CI is a gate, not a lottery. `FC_SEED=N` reproduces the seed a
 * failure reports; `npm run explore` (and `npm run fuzz`) draw a fresh one for the whole run.
 */
import fc from 'fast-check';

const setting = process.env.FC_SEED ?? '20171013';
const seed = Number(setting);
if (setting.trim() === '' || !Number.isSafeInteger(seed))
  throw new Error(`FC_SEED must be an integer, not ${JSON.stringify(setting)}`);
fc.configureGlobal({ seed });
