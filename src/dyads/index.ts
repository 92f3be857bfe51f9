/**
 * Dyad questions answered over a store: what the CLI, the brief writer and the HTTP API ask.
 * The store aggregates and selects in SQL; analysis' pure functions derive the answers; this
 * folder fills the defaults (one window rule for every view, see window.ts) and joins the two.
 */
export { dyadReport } from './report.js';
export type { DyadReport, DyadReportOptions } from './report.js';
export { dyadAlerts, mondayOfWeek } from './alerts.js';
export type { DyadAlertOptions, DyadAlerts } from './alerts.js';
export { dataAsOf, dyadAlignment, dyadRequests, dyadTriads } from './event-analyses.js';
export type { DyadAlignmentOptions, DyadRequestOptions, DyadTriadOptions, WindowOf } from './event-analyses.js';
export { DEFAULT_TOP_DAYS, namesKnownActor, topDyads } from './top.js';
export type { TopDyads, TopDyadsOptions } from './top.js';
export { checkDate, checkDyad, DEFAULT_SPAN_MONTHS, resolveWindow, spanStart } from './window.js';
export type { DyadQuery, ResolvedWindow, WindowOptions } from './window.js';
