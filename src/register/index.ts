/**
 * The modifications register: zod schemas that are the single source of its types, a parser that
 * reports every problem, the register's JSON Schema, and what each record says on a date.
 *
 * @module register
 */
import { deepFreeze } from '../internal/freeze.js';
import { z } from 'zod';
import { registerSchema } from './schema.js';

export {
  RECORD_STATES,
  UPCOMING_KINDS,
  registerSchema,
  modificationSchema,
  lifecycleEventSchema,
  proposalIdSchema,
  type Flat,
  type Modification,
  type RecordTimetable,
  type Register,
  type RegisterEvent,
} from './schema.js';
export { parseRegister, RegisterError, MAX_LISTED_ISSUES, type RegisterIssueCode } from './parse.js';
export { recordStatus, recordTimetable, recordExtensions, toScopeRegister, type RecordStatus } from './status.js';
export { registerAsOf, type RecordAsOf, type RegisterAsOf } from './model.js';

/**
 * The register's JSON Schema (draft 2020-12), generated from the zod schema, for users outside
 * TypeScript. The package also ships it as `secmod/schema/register.schema.json`.
 */
export const registerJsonSchema: Record<string, unknown> = /* @__PURE__ */ deepFreeze(
  z.toJSONSchema(registerSchema, { io: 'input' }) as Record<string, unknown>,
);
// What this module's signatures mention, so an import from this entry point alone is enough.
export * from '../common.js';
export { ParseError, type ParseIssue, type ParseIssueCode, type RegisterErrorCode } from '../errors/index.js';
