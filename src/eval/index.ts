/** eval — scoring the coder against PETRARCH validation files (`entente eval`). */
export { runEvaluation } from './run.js';
export type { EvaluationOptions, EvaluationReport, RecordResult, CategoryResult } from './run.js';
export { formatReport } from './format.js';
export type { FormatOptions } from './format.js';
export { parseValidationXml } from './records.js';
export type { ValidationFile, ValidationRecord, ValidationEnvironment, Expectation } from './records.js';
export type { Score, Triple } from './compare.js';
