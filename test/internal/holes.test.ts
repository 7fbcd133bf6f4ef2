import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as secmod from '../../src/index.js';
import { checkArray, firstHole } from '../../src/internal/check.js';

/** An array whose length says 2 ** 32 - 1 and that holds nothing: walked by its length, it never ends. */
const lying = (): unknown[] => {
  const a: unknown[] = [];
  a.length = 2 ** 32 - 1;
  return a;
};
// eslint-disable-next-line no-sparse-arrays
const holed = <T>(first: T, last: T): T[] => [first, , last] as T[];

/** What a call throws: its code, its path and, for a parser, its issues' paths. */
function refusal(call: () => unknown) {
  try {
    call();
  } catch (error) {
    const e = error as { code: string; path: readonly unknown[]; issues?: readonly { path: readonly unknown[] }[] };
    return { code: e.code, path: e.path, issues: e.issues?.map((i) => i.path) };
  }
  throw new Error('no refusal');
}

const { timetable } = JSON.parse(readFileSync('examples/timetables/proposed.json', 'utf8')) as {
  timetable: { milestones: unknown[] };
};
const register = JSON.parse(readFileSync('examples/register-2017-10.json', 'utf8')) as { proposals: unknown[] };

describe('firstHole', () => {
  it('finds the first hole by the elements, not by the length', () => {
    expect(firstHole([1, 2, 3])).toBe(-1);
    expect(firstHole([])).toBe(-1);
    expect(firstHole(holed(1, 2))).toBe(1);
    expect(firstHole(lying())).toBe(0);
    const tail = [1, 2];
    tail.length = 2 ** 32 - 1;
    expect(firstHole(tail)).toBe(2);
    expect(firstHole(Object.assign([1, 2], { extra: true }))).toBe(-1);
    expect(firstHole(Object.assign([1, , 3], { extra: true }))).toBe(1); // eslint-disable-line no-sparse-arrays
  });

  it('checkArray refuses a hole at its path', () => {
    expect(refusal(() => checkArray(holed('a', 'b'), ['list'], 'a list'))).toMatchObject({
      code: 'invalid-argument',
      path: ['list', 1],
    });
    expect(refusal(() => checkArray(lying(), ['list'], 'a list'))).toMatchObject({ path: ['list', 0] });
  });
});

describe('a sparse array is refused everywhere, at its hole, at once', () => {
  it('calendarFromDates', () => {
    expect(refusal(() => secmod.calendarFromDates('x', lying() as never))).toMatchObject({
      code: 'invalid-argument',
      path: ['dates', 0],
    });
    expect(refusal(() => secmod.calendarFromDates('x', holed('2017-12-27', '2017-12-28')))).toMatchObject({
      code: 'invalid-argument',
      path: ['dates', 1],
    });
  });

  it('parseRegister', () => {
    expect(refusal(() => secmod.parseRegister({ ...register, proposals: lying() }))).toMatchObject({
      code: 'invalid-register',
      issues: [['proposals', 0]],
    });
    const [first, second] = register.proposals;
    expect(refusal(() => secmod.parseRegister({ ...register, proposals: holed(first, second) }))).toMatchObject({
      code: 'invalid-register',
      issues: [['proposals', 1]],
    });
    const history = lying();
    expect(
      refusal(() => secmod.parseRegister({ ...register, proposals: [{ ...(first as object), history }] })),
    ).toMatchObject({ code: 'invalid-register', issues: [['proposals', 0, 'history', 0]] });
  });

  it('parseTimetable and parseEvents', () => {
    expect(refusal(() => secmod.parseTimetable({ ...timetable, milestones: lying() }))).toMatchObject({
      code: 'invalid-timetable',
      issues: [['milestones', 0]],
    });
    const [m0, m1] = timetable.milestones;
    expect(refusal(() => secmod.parseTimetable({ ...timetable, milestones: holed(m0, m1) }))).toMatchObject({
      issues: [['milestones', 1]],
    });
    expect(refusal(() => secmod.parseEvents(lying()))).toMatchObject({ code: 'invalid-events', issues: [[0]] });
  });

  it('validateTimetable', () => {
    expect(refusal(() => secmod.validateTimetable({ ...timetable, milestones: lying() } as never))).toMatchObject({
      code: 'invalid-argument',
      path: ['timetable', 'milestones', 0],
    });
  });
});
