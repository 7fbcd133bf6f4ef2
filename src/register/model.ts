/**
 * The register as of a date, modelled once: every date parsed, every history replayed, every timetable
 * judged, each record put in release scoping's terms. The status report's sections read this model and
 * nothing else, so no record is replayed or parsed twice.
 */
import { checkedRegister } from './parse.js';
import { extensionsOf, scopeProposalOf, scopeRegisterOf, statusOn, timetableOf, type RecordStatus } from './status.js';
import type { Modification, Register } from './schema.js';
import { parseDay } from '../internal/check.js';
import { isoOf, type IsoDate } from '../internal/days.js';
import type { ScopeRegister } from '../releases/scope.js';
import { extensionStatusOn, isLate, type ExtensionStatus } from '../timetable/status.js';
import type { Timetable } from '../timetable/types.js';

/** One record as of the model's date. */
export interface RecordAsOf {
  readonly record: Modification;
  /** The raised date as a day number, when recorded. */
  readonly raisedOn: number | undefined;
  /** Where it stands (the lifecycle replayed once). */
  readonly status: RecordStatus;
  readonly timetable: Timetable | undefined;
  /** For a record with a timetable: behind it or not, and its extension status. */
  readonly progress: { readonly late: boolean; readonly extension: ExtensionStatus } | undefined;
  /** Number and total months of its extensions, from the timetable or the recorded summary. */
  readonly extensions: { readonly count: number; readonly totalMonths: number } | undefined;
}

/** A register as of a date. */
export interface RegisterAsOf {
  readonly asOf: IsoDate;
  /** The records raised by the date (or with no raised date), in register order. */
  readonly records: readonly RecordAsOf[];
  /** Every record in release scoping's terms. */
  readonly scope: ScopeRegister;
}

/**
 * Models a register as of a date, once: what every section of the status report reads. Linear in the
 * register's size: each history is replayed once and each date parsed once.
 *
 * @throws {SecmodError} `invalid-date` for a bad `asOf`; {@link RegisterError} for a register that is not one.
 * @example
 * registerAsOf(register, '2017-10-06').records.filter((r) => r.status.state === 'open').length; // 28
 */
export function registerAsOf(register: Register, asOf: string): RegisterAsOf {
  const as = parseDay(asOf, ['asOf']);
  const all = checkedRegister(register).proposals.map((record) => {
    const raisedOn = record.raisedOn === undefined ? undefined : parseDay(record.raisedOn, []);
    const status = statusOn(record, as);
    const timetable = timetableOf(record);
    const late = timetable === undefined ? undefined : isLate(timetable, as);
    return {
      record,
      raisedOn,
      status,
      timetable,
      progress:
        timetable === undefined || late === undefined
          ? undefined
          : { late, extension: extensionStatusOn(timetable, as, late) },
      extensions: extensionsOf(record),
    };
  });
  return {
    asOf: isoOf(as),
    records: all.filter((r) => r.raisedOn === undefined || r.raisedOn <= as),
    scope: scopeRegisterOf(all.map((r) => scopeProposalOf(r.record, r.status))),
  };
}
