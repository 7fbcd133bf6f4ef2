/**
 * The monthly Modification and Release Status Report, computed from a register and rendered as
 * Markdown or text.
 *
 * @module report
 */
export { statusReport, type StatusReportOptions } from './status-report.js';
export { renderStatusReport, type RenderOptions } from './render.js';
export type { Counts, DccCounts, DecisionEntry, StatusReport } from './types.js';
