import { z } from 'zod';
import { deepFreeze } from '../internal/freeze.js';
import { strictObject, vocabulary } from '../internal/schema.js';
import { MODIFICATION_PATHS, type ModificationPath } from '../lifecycle/paths.js';
import {
  OPEN_CATEGORIES,
  REFINEMENT_CATEGORIES,
  type OpenCategory,
  type RefinementCategory,
} from '../lifecycle/reporting-stage.js';

/** DCC assessment statuses a printed chart counts, and `all` (the chart's total). */
const DCC_PARTS = ['returned-late', 'returned-on-time', 'on-hold', 'outstanding', 'all'] as const;
const DCC_KINDS = ['preliminary', 'impact'] as const;
const DUE_DATES = ['original', 'revised'] as const;

/**
 * A figure the monthly report prints, named by what it counts: `open` (open proposals), `open.<stage>`,
 * `open.refinement.<sub-stage>`, `raised-to-date.<path>`, `progression.late` / `.on-time`,
 * `extensions.extended` / `.required` / `.not-required`, and
 * `dcc.<preliminary|impact>.<original|revised>.<status|all>`.
 */
export type PublishedMeasure =
  | 'open'
  | `open.${OpenCategory}`
  | `open.refinement.${RefinementCategory}`
  | `raised-to-date.${ModificationPath}`
  | `progression.${'late' | 'on-time'}`
  | `extensions.${'extended' | 'required' | 'not-required'}`
  | `dcc.${(typeof DCC_KINDS)[number]}.${(typeof DUE_DATES)[number]}.${(typeof DCC_PARTS)[number]}`;

/** Every {@link PublishedMeasure}, in the order the report prints them. */
export const PUBLISHED_MEASURES = /* @__PURE__ */ deepFreeze([
  'open',
  ...OPEN_CATEGORIES.map((c) => `open.${c}` as const),
  ...REFINEMENT_CATEGORIES.map((r) => `open.refinement.${r}` as const),
  ...MODIFICATION_PATHS.map((p) => `raised-to-date.${p}` as const),
  'progression.late',
  'progression.on-time',
  'extensions.extended',
  'extensions.required',
  'extensions.not-required',
  ...DCC_KINDS.flatMap((k) => DUE_DATES.flatMap((d) => DCC_PARTS.map((s) => `dcc.${k}.${d}.${s}` as const))),
] as [PublishedMeasure, ...PublishedMeasure[]]);

/**
 * The figures a published monthly report printed, to set beside the ones computed from the register:
 * each with the section of the report that printed it. `statusReport` returns a reconciliation row per
 * figure.
 */
export const publishedSchema = strictObject({
  /** The report the figures come from, e.g. its paper reference and title. */
  source: z.string().min(1),
  figures: z
    .array(
      strictObject({
        measure: vocabulary('published measure', PUBLISHED_MEASURES),
        count: z.number().int().nonnegative(),
        /** Where the report prints it, e.g. "SECP_49_1310_11 s1: Status of Open Modification Proposals". */
        section: z.string().min(1),
        /** How the figure was read, where the report's text leaves room for doubt. */
        note: z.string().optional(),
      }),
    )
    .min(1),
}).superRefine((p, ctx) => {
  const seen = new Set<string>();
  p.figures.forEach((f, i) => {
    if (seen.has(f.measure))
      ctx.addIssue({ code: 'custom', path: ['figures', i, 'measure'], message: `${f.measure} is given twice` });
    seen.add(f.measure);
  });
});

/** A register's published block: {@link publishedSchema}'s output. */
export type Published = z.output<typeof publishedSchema>;
