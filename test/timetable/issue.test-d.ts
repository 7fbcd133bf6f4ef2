import { describe, expectTypeOf, it } from 'vitest';
import type { IsoDate } from '../../src/calendar/index.js';
import type { TimetableIssue } from '../../src/timetable/index.js';

describe('TimetableIssue is a union keyed on code', () => {
  it('narrowing on the code gives that code its fields', () => {
    const issue = {} as TimetableIssue;
    if (issue.code === 'consultation-too-short') {
      expectTypeOf(issue.workingDays).toEqualTypeOf<number>();
      expectTypeOf(issue.minimum).toEqualTypeOf<number>();
    }
    if (issue.code === 'implementation-not-on-release') {
      expectTypeOf(issue.nearestRelease).toEqualTypeOf<IsoDate | undefined>();
      // @ts-expect-error: another code's field is not there
      void issue.workingDays;
    }
  });
});
