/**
 * The domain's public surface, as the task pane bundles it (webpack.config.js builds this file for the
 * browser). The CLI and the server import the modules directly.
 */
export type * from './template';
export { templates, defaultTemplate, findTemplate } from './templates';
export { inputFields, tables, grids, sectionOfField } from './fields';
export type { CellValue, Severity, ValueKind } from './values';
export { parsePayload } from './parse-payload';
export { payloadSchemaFor, payloadJsonSchema, payloadV1Schema, type PayloadV1 } from './payload';
export { parseNumber, parseDate, formatNumber } from './numbers';
export { computeAll } from './compute';
export { computedSchema, type Computed } from './computed-schema';
export { numberTextFixes, type NumberTextFix } from './number-text';
export { validate, hasErrors, validationResultSchema, type ValidationResult } from './validate';
export { findingSchema, type Finding } from './finding-schema';
export { kommunerFor } from './kommuner';
export { checkKommune } from './kommune-check';
export { buildLayoutPlan, type Prefill } from './layout/build-plan';
export type * from './layout/plan';
