import type { z } from 'zod';
import type { Problems } from '../internal/parse.js';
import type { RecordIssueCode } from './error.js';

/**
 * @internal Same body and date, same release date: one fact given twice, reported at the second. Reads the
 * value as given (a raw input too), so the duplicates are found beside any other problem.
 */
export function duplicateIssues(value: unknown): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  const list = (key: string): unknown[] => {
    const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
    return Array.isArray(v) ? v : [];
  };
  const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const field = (item: unknown, key: string): unknown =>
    typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : undefined;
  for (const [key, keyOf, what] of [
    [
      'meetings',
      (m: unknown) => {
        const body = text(field(m, 'body'));
        const date = text(field(m, 'date'));
        return body === undefined || date === undefined ? undefined : `${body} ${date}`;
      },
      'a meeting',
    ],
    ['releases', (m: unknown) => text(field(m, 'date')), 'a release on'],
  ] as const) {
    const seen = new Map<string, number>();
    list(key).forEach((item, i) => {
      if (typeof field(item, 'date') !== 'string') return;
      const k = keyOf(item);
      // Only text is compared: a body that is an object (one without a prototype cannot even be printed) is the schema's to report.
      if (k === undefined) return;
      const first = seen.get(k);
      if (first === undefined) seen.set(k, i);
      else out.push({ path: [key, i], message: `a duplicate of ${key}.${first} (${what} ${k})` });
    });
  }
  return out;
}

/**
 * @internal The duplicates in a value that failed its schema for another reason: the schema's own
 * duplicate check runs only once the rest passes, and every problem is to be listed at once.
 */
export function addDuplicates(error: z.ZodError, value: unknown, problems: Problems<RecordIssueCode>): void {
  if (error.issues.some((i) => i.message.startsWith('a duplicate of'))) return;
  for (const d of duplicateIssues(value)) problems.add({ code: 'schema', severity: 'error', ...d });
}
