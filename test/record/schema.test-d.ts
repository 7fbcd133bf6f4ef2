import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { IsoDate } from '../../src/calendar/index.js';
import type { MeetingBody } from '../../src/meetings/index.js';
import type { AppliedRecord, RecordMeeting, RecordRelease, recordSchema, SecRecord } from '../../src/record/index.js';
import type { MeetingCalendar } from '../../src/meetings/index.js';
import type { ReleasePolicy } from '../../src/releases/index.js';

describe('the record types come from its zod schema', () => {
  it('a meeting and a release are what the schema outputs, dates typed IsoDate', () => {
    type Output = z.output<typeof recordSchema>;
    expectTypeOf<NonNullable<Output['meetings']>[number]>().toEqualTypeOf<RecordMeeting>();
    expectTypeOf<NonNullable<Output['releases']>[number]>().toEqualTypeOf<RecordRelease>();
    expectTypeOf<RecordMeeting['date']>().toEqualTypeOf<IsoDate>();
    expectTypeOf<RecordMeeting['body']>().toEqualTypeOf<MeetingBody>();
    expectTypeOf<SecRecord['releases']>().toEqualTypeOf<readonly RecordRelease[]>();
  });
  it('applyRecord gives what the lookups take', () => {
    expectTypeOf<AppliedRecord['panel']>().toEqualTypeOf<MeetingCalendar>();
    expectTypeOf<AppliedRecord['releasePolicy']>().toEqualTypeOf<ReleasePolicy>();
  });
});
