/**
 * The monthly Modification and Release Status Report, computed from a register and rendered as
 * Markdown or text.
 *
 * @module report
 */
export { statusReport, type StatusReportOptions } from './status-report.js';
export { renderStatusReport, type RenderOptions } from './render.js';
export type { Counts, DccCounts, DecisionEntry, ReconciliationRow, ReportNotes, StatusReport } from './types.js';
// What this module's signatures mention, so an import from this entry point alone is enough.
export * from '../common.js';
