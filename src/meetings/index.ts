/**
 * Meeting calendars of the SEC Panel and the Change Board: known dates with their sources, a dated
 * projection for the months with none known, and the paper deadline before a meeting.
 *
 * @module meetings
 */
export {
  MEETING_BODIES,
  type KnownMeeting,
  type Meeting,
  type MeetingBody,
  type MeetingCalendar,
  type MeetingRule,
} from './types.js';
export { SEC_PANEL, SEC_CHANGE_BOARD } from './calendars.js';
export { meetingsBetween } from './meetings-between.js';
export { nextMeeting } from './next-meeting.js';
export { paperDeadline } from './paper-deadline.js';
export { meetingCalendar, type MeetingCalendarInput } from './meeting-calendar.js';
// What this module's signatures mention, so an import from this entry point alone is enough.
export * from '../common.js';
export { type MeetingsErrorCode } from '../errors/index.js';
