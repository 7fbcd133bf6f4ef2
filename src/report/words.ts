/**
 * The words the report's renderers share: who decided, a path's name, what can be said of new
 * proposals, and the report's notes on its own shape.
 * @internal
 */
import { longDate } from '../internal/long-date.js';
import { PATH_RULES, type ModificationPath } from '../lifecycle/paths.js';
import type { ReportNotes, StatusReport } from './types.js';

/** Who took a decision, as the report names them. */
export const DECIDER = { authority: 'the Authority', 'change-board': 'the Change Board', panel: 'the Panel' } as const;
/**
 * A release's name as a heading writes it, escaped by `escape`: with `(date projected from the release
 * rule; not in the record)` when its date is projected (`release.projected`); a report read back without
 * the flag says nothing.
 */
export const releaseHeading = (
  release: { readonly name: string; readonly projected?: boolean | undefined },
  escape: (text: string) => string,
): string =>
  `${escape(release.name)}${release.projected === true ? ` ${escape('(date projected from the release rule; not in the record)')}` : ''}`;
/** A path as the report names it. */
export const PATH_LABEL = (p: ModificationPath | 'not-recorded') =>
  p === 'not-recorded' ? 'Path not recorded' : `Path ${PATH_RULES[p].number}`;

/**
 * What can be said of new proposals: only those with a recorded raised date can be placed in the period,
 * so the sentence says how many that is rather than claiming that none was raised.
 */
export function newProposalsSentence(report: StatusReport): string {
  const { recorded, notRecorded } = report.raisedDates;
  const n = report.newProposals.length;
  if (n > 0)
    return `${n} raised in the period${notRecorded > 0 ? ` (${notRecorded} proposal(s) have no recorded raised date)` : ''}:`;
  if (recorded === 0 && notRecorded > 0)
    return 'No proposal in the register has a recorded raised date, so new proposals cannot be counted.';
  if (notRecorded > 0)
    return `None of the ${recorded} proposal(s) with a recorded raised date was raised in the period; ${notRecorded} have none.`;
  return `No new modifications have been raised since ${longDate(report.since)}.`;
}

/** The report's notes on its own shape: a report read back from JSON written without them renders without them. */
export function notesOf(report: StatusReport): Partial<ReportNotes> {
  const notes = (report as { notes?: unknown }).notes;
  if (typeof notes !== 'object' || notes === null) return {};
  const { numbering, extensions } = notes as Record<string, unknown>;
  return {
    ...(typeof numbering === 'string' ? { numbering } : {}),
    ...(typeof extensions === 'string' ? { extensions } : {}),
  };
}
