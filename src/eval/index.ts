/** eval — scoring the coder against PETRARCH validation files and PLOVER gold-standard records (`entente eval`, `entente eval --plover`). */
export { runEvaluation } from './run.js';
export type { EvaluationOptions, EvaluationReport, RecordResult, CategoryResult } from './run.js';
export { formatReport } from './format.js';
export type { FormatOptions } from './format.js';
export { parseValidationXml } from './records.js';
export type { ValidationFile, ValidationRecord, ValidationEnvironment, Expectation } from './records.js';
export type { Score, Triple } from './compare.js';
export { runPloverEvaluation, scorePlover } from './plover.js';
export type { PloverOptions, PloverReport, PloverScores, PloverTypeScore, PloverRecordResult, PloverGot } from './plover.js';
export { formatPloverReport } from './plover-format.js';
export type { PloverFormatOptions, PloverHalfChoice } from './plover-format.js';
export { parsePloverGsr, ploverHalf } from './plover-records.js';
export type { PloverFile, PloverRecord, PloverHalf, GoldActor } from './plover-records.js';
export { actorMatches, canonicalCode, eventMatches } from './plover-match.js';
