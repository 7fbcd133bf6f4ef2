import type { HolidayCalendar } from '../calendar/holidays/types.js';
import { UsageError } from './args.js';

/**
 * Other states' holidays come from the optional date-holidays package, loaded only when asked for; the
 * UK's (`UK`, `GB`, and `XI` for Northern Ireland) are built into standstillPeriod.
 */
export async function stateCalendar(state: string): Promise<HolidayCalendar | undefined> {
  if (['UK', 'GB', 'XI'].includes(state.toUpperCase())) return undefined;
  try {
    const { trisStateCalendar } = await import('../date-holidays/index.js');
    return trisStateCalendar(state);
  } catch (error) {
    if (error instanceof Error && /Cannot find (package|module) 'date-holidays'/.test(error.message)) {
      throw new UsageError(`--state ${state} needs the optional package date-holidays: npm install date-holidays`);
    }
    throw error;
  }
}
