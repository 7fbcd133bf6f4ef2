/**
 * The fields of a report read back from elsewhere (JSON) that the renderer prints as they are: each
 * must be a string or a count, or the rendered report would say "[object Object]" where a figure or a
 * name belongs.
 * @internal
 */
import type { InputPath } from '../errors/secmod-error.js';
import { checkArray, checkObject, checkWholeNumber, invalidArgument } from '../internal/check.js';

type Fields = Readonly<Record<string, unknown>>;

const text = (v: unknown, path: InputPath) => {
  if (typeof v !== 'string') throw invalidArgument(v, path, 'expected a string');
};
const optionalText = (v: unknown, path: InputPath) => {
  if (v !== undefined) text(v, path);
};
const count = (v: unknown, path: InputPath) => checkWholeNumber(v, path, 0);
const optionalExtensions = (v: unknown, path: InputPath) => {
  if (v === undefined) return;
  const e = checkObject<Fields>(v, path, '{ count, totalMonths }');
  count(e.count, [...path, 'count']);
  count(e.totalMonths, [...path, 'totalMonths']);
};
/** Each entry of a list, as an object. */
const entries = (v: unknown, path: InputPath, each: (entry: Fields, at: InputPath) => void) =>
  checkArray(v, path, 'an array').forEach((e, i) =>
    each(checkObject<Fields>(e, [...path, i], 'an object'), [...path, i]),
  );

/**
 * Throws `invalid-argument` at the path of the first field the renderer would print that is not a
 * string or a count (the report's outline, checked before, is taken as given).
 */
export function checkReportFields(value: unknown): void {
  const r = value as Fields;
  const at = (...path: (string | number)[]): InputPath => ['report', ...path];
  const titled = (key: string, more: (e: Fields, path: InputPath) => void = () => {}) =>
    entries(r[key], at(key), (e, path) => {
      optionalText(e.title, [...path, 'title']);
      more(e, path);
    });
  titled('newProposals', (e, path) => optionalText(e.path, [...path, 'path']));
  titled('approvals', (e, path) => optionalText(e.recommendation, [...path, 'recommendation']));
  titled('rejections', (e, path) => optionalText(e.recommendation, [...path, 'recommendation']));
  titled('extensionRequests', (e, path) => {
    count(e.months, [...path, 'months']);
    optionalExtensions(e.previous, [...path, 'previous']);
    optionalText(e.milestone, [...path, 'milestone']);
    optionalText(e.revised, [...path, 'revised']);
  });
  titled('upcoming');
  titled('progression', (e, path) => {
    optionalText(e.stage, [...path, 'stage']);
    optionalText(e.status, [...path, 'status']);
    optionalExtensions(e.extensions, [...path, 'extensions']);
  });
  checkArray(r.gaps, at('gaps'), 'an array of strings').forEach((g, i) => text(g, at('gaps', i)));
  const open = r.open as Fields;
  if (open.unknown !== undefined) count(open.unknown, at('open', 'unknown'));
  const releases = r.releases as Fields;
  entries(releases.scopes, at('releases', 'scopes'), (scope, path) => {
    text(scope.label, [...path, 'label']);
    entries(scope.entries, [...path, 'entries'], (entry, p) => {
      text(entry.proposal, [...p, 'proposal']);
      text(entry.status, [...p, 'status']);
      checkArray(entry.footnotes, [...p, 'footnotes'], 'an array of strings').forEach((f, i) =>
        text(f, [...p, 'footnotes', i]),
      );
    });
  });
  entries(releases.issues, at('releases', 'issues'), (issue, path) => {
    for (const k of ['code', 'severity', 'message']) text(issue[k], [...path, k]);
  });
  if (r.reconciliation !== undefined)
    entries(r.reconciliation, at('reconciliation'), (row, path) => {
      for (const k of ['figure', 'section', 'why']) text(row[k], [...path, k]);
      for (const k of ['computed', 'published', 'notRecorded']) count(row[k], [...path, k]);
    });
  if (r.notes !== undefined) {
    const notes = checkObject<Fields>(r.notes, at('notes'), '{ numbering, extensions? }');
    optionalText(notes.numbering, at('notes', 'numbering'));
    optionalText(notes.extensions, at('notes', 'extensions'));
  }
}
