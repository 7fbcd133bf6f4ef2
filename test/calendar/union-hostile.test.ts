import { describe, expect, it } from 'vitest';
import { englandAndWales, scotland, unionCalendar } from '../../src/calendar/index.js';
import { isSecmodError } from '../../src/errors/index.js';

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('unionCalendar with a calendar lacking its source', () => {
  const { source: _, ...withoutSource } = scotland;
  it('is refused with invalid-argument at [calendars, 1, source]', () => {
    const e = thrown(() => unionCalendar('u', englandAndWales, withoutSource as never));
    expect(isSecmodError(e, 'invalid-argument')).toBe(true);
    expect((e as { path: unknown }).path).toEqual(['calendars', 1, 'source']);
  });
  it('a null source likewise', () => {
    const e = thrown(() => unionCalendar('u', { ...withoutSource, source: null } as never));
    expect(isSecmodError(e, 'invalid-argument')).toBe(true);
  });
  it('calendars with their sources are combined as before', () => {
    expect(unionCalendar('u', englandAndWales, scotland).isHoliday('2017-01-02')).toBe(true);
  });
});
