import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as calendar from '../../src/calendar/index.js';
import * as sources from '../../src/sources/index.js';
import * as standstill from '../../src/standstill/index.js';
import * as lifecycle from '../../src/lifecycle/index.js';
import * as meetings from '../../src/meetings/index.js';
import * as timetable from '../../src/timetable/index.js';
import * as releases from '../../src/releases/index.js';
import * as register from '../../src/register/index.js';
import * as record from '../../src/record/index.js';
import * as ical from '../../src/ical/index.js';
import * as report from '../../src/report/index.js';
import * as dateHolidays from '../../src/date-holidays/index.js';
import * as vitestEntry from '../../src/vitest/index.js';

/**
 * Every plain object and array reachable from a runtime export of an entry point is frozen: a caller
 * pushing to a vocabulary or setting a field of a calendar's data would change every later answer.
 * Reached through own properties (data and getters are not followed: a getter computes) of plain
 * objects, arrays and exported functions' own properties.
 */
const ENTRIES: Readonly<Record<string, Record<string, unknown>>> = {
  secmod: root,
  'secmod/calendar': calendar,
  'secmod/sources': sources,
  'secmod/standstill': standstill,
  'secmod/lifecycle': lifecycle,
  'secmod/meetings': meetings,
  'secmod/timetable': timetable,
  'secmod/releases': releases,
  'secmod/register': register,
  'secmod/record': record,
  'secmod/ical': ical,
  'secmod/report': report,
  'secmod/date-holidays': dateHolidays,
  'secmod/vitest': vitestEntry,
};

/**
 * The only data reachable from the exports that is not frozen all the way down, by path prefix (first
 * reached through the export named), with the reason.
 */
const NOT_FROZEN: Readonly<Record<string, string>> = {};
const excepted = (path: string) => Object.keys(NOT_FROZEN).some((prefix) => path.startsWith(prefix));

const isPlain = (v: object) => {
  if (Array.isArray(v)) return true;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** The paths of the plain objects and arrays reachable from `value` that are not frozen. */
function unfrozen(value: unknown, path: string, seen: Set<object>, out: string[]): void {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return;
  seen.add(value);
  if (typeof value === 'object' && !isPlain(value)) return;
  if (typeof value === 'object' && !Object.isFrozen(value) && !excepted(path)) out.push(path);
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d === undefined || !('value' in d)) continue;
    if (typeof value === 'function' && (key === 'prototype' || key === 'name' || key === 'length')) continue;
    unfrozen(d.value, `${path}.${String(key)}`, seen, out);
  }
}

describe('exported data is frozen', () => {
  for (const [entry, exports] of Object.entries(ENTRIES)) {
    it(entry, () => {
      const out: string[] = [];
      const seen = new Set<object>();
      for (const [name, value] of Object.entries(exports)) unfrozen(value, name, seen, out);
      expect(out).toEqual([]);
    });
  }

  it('a vocabulary cannot be changed', () => {
    expect(() => (root.EVENT_TYPES as string[]).push('x')).toThrow(TypeError);
    expect(root.EVENT_TYPES).not.toContain('x');
  });
});
