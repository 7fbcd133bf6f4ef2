import { secD } from '../sources/cite.js';
import { SecmodError } from '../errors/secmod-error.js';
import { parseDay } from '../internal/check.js';
import { checkWholeNumber, show } from '../internal/check.js';
import { checkExtension, checkTimetable } from './check.js';
import { shiftMonths } from './dates.js';
import { MILESTONE_ORDER, type Extension, type Milestone, type Timetable } from './types.js';

const PANEL_AGREES = secD('D6', 'the Panel agrees the progression timetable of a proposal and any extension to it', {
  records: ['SECP_49_1310_11: "AGREE the two-month extension"'],
});

/**
 * Applies a Panel-agreed extension: every milestone from `extension.from` (default: the first not yet
 * achieved) onward moves later by whole months, keeping its precision (a month stays a month), and the
 * extension joins the history. The input is not mutated.
 *
 * @throws {SecmodError} `invalid-extension` (not agreed by the Panel; zero, negative or fractional
 *   months; dated before the previous extension), `moves-achieved-milestone`, `invalid-date`.
 * @example
 * // SECMP0023: a third extension of two months, agreed 13 Oct 2017, moves the DMR from Nov 2017 to Jan 2018
 * applyExtension(t, { agreedOn: '2017-10-13', months: 2, reason: 'late DCC Impact Assessment', by: 'panel' });
 */
export function applyExtension(timetable: Timetable, extension: Extension): Timetable {
  checkTimetable(timetable);
  checkExtension(extension, ['extension']);
  const refuse = (code: 'invalid-extension' | 'moves-achieved-milestone', message: string, path: (string | number)[]) =>
    new SecmodError(code, `${timetable.proposal}: ${message}`, {
      path: path[0] === 'milestones' ? ['timetable', ...path] : ['extension', ...path],
      source: PANEL_AGREES,
    });
  if (extension.by !== 'panel')
    throw refuse('invalid-extension', `an extension must be agreed by the Panel, not ${show(extension.by)}`, ['by']);
  if (!Number.isInteger(extension.months) || extension.months <= 0 || extension.months > 1200)
    throw refuse(
      'invalid-extension',
      `an extension moves milestones by a positive whole number of months (at most 1200), not ${show(extension.months)}`,
      ['months'],
    );
  const agreed = parseDay(extension.agreedOn, ['extension', 'agreedOn']);
  const previous = timetable.extensions.at(-1);
  if (
    previous !== undefined &&
    agreed < parseDay(previous.agreedOn, ['timetable', 'extensions', timetable.extensions.length - 1, 'agreedOn'])
  )
    throw refuse(
      'invalid-extension',
      `agreed on ${extension.agreedOn}, before the previous extension (${previous.agreedOn})`,
      ['agreedOn'],
    );
  const ordered = [...timetable.milestones]
    .map((m, i) => ({ m, i }))
    .sort((a, b) => MILESTONE_ORDER.indexOf(a.m.kind) - MILESTONE_ORDER.indexOf(b.m.kind));
  const firstOpen = ordered.find((x) => x.m.actual === undefined)?.m.kind;
  // With every milestone achieved (or none listed) the extension moves nothing and is only recorded.
  const fromRank =
    extension.from !== undefined
      ? MILESTONE_ORDER.indexOf(extension.from)
      : firstOpen === undefined
        ? Number.POSITIVE_INFINITY
        : MILESTONE_ORDER.indexOf(firstOpen);
  const milestones: Milestone[] = timetable.milestones.map((m, i) => {
    if (MILESTONE_ORDER.indexOf(m.kind) < fromRank) return m;
    if (m.actual !== undefined)
      throw refuse('moves-achieved-milestone', `the extension would move ${m.kind}, achieved ${m.actual}`, [
        'milestones',
        i,
      ]);
    return {
      ...m,
      approved: shiftMonths(m.approved, extension.months, ['timetable', 'milestones', i, 'approved']),
      ...(m.until === undefined
        ? {}
        : { until: shiftMonths(m.until, extension.months, ['timetable', 'milestones', i, 'until']) }),
    };
  });
  return { ...timetable, milestones, extensions: [...timetable.extensions, extension] };
}

/**
 * The number of extensions and their total length in months: the October 2017 status report's (SECP_49_1310_11) "No Ext." and
 * "Ext. Length" columns.
 *
 * @example
 * extensionSummary(secmp0023); // { count: 3, totalMonths: 8 }
 */
export function extensionSummary(timetable: Timetable): { count: number; totalMonths: number } {
  const { extensions } = checkTimetable(timetable);
  extensions.forEach((e, i) => checkWholeNumber(e.months, ['timetable', 'extensions', i, 'months'], 1));
  return { count: extensions.length, totalMonths: extensions.reduce((sum, e) => sum + e.months, 0) };
}
