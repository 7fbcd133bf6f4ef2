import { englandAndWales } from '../calendar/uk/calendars.js';
import { SEC_CHANGE_BOARD, SEC_PANEL } from '../meetings/calendars.js';
import { SEC_RELEASE_POLICY } from '../releases/policy.js';
import type { ValidateTimetableOptions } from './options.js';
import { SEC_TIMETABLE_RULES } from './rules/index.js';

/**
 * What `validateTimetable` checks when it is given no options, and `expect(t).toBeValidTimetable()`
 * with none: every rule of {@link SEC_TIMETABLE_RULES} (the path's required milestones as errors among
 * them), the SEC's Panel and Change Board meeting calendars (`SEC_PANEL`, `SEC_CHANGE_BOARD`, known
 * dates and the marked projection), the SEC release policy and Working Days in England and Wales.
 * Options you give replace the preset whole: spread it to keep it (`{ ...SEC_DEFAULTS,
 * minConsultationWorkingDays: 15 }`), or give `rules: []` to check nothing but the reading.
 *
 * @example
 * SEC_DEFAULTS.rules.length; // 15
 * validateTimetable({ proposal: 'MP1', path: 'self-governance', milestones: [], extensions: [] }).map((i) => i.code);
 * // ['milestone-missing', 'milestone-missing']: no Change Board vote, no Draft Modification Report
 */
export const SEC_DEFAULTS = /* @__PURE__ */ Object.freeze({
  panelMeetings: SEC_PANEL,
  changeBoardMeetings: SEC_CHANGE_BOARD,
  releasePolicy: SEC_RELEASE_POLICY,
  calendar: englandAndWales,
  rules: SEC_TIMETABLE_RULES,
}) satisfies ValidateTimetableOptions;
