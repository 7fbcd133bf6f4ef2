import { SecmodError } from '../errors/secmod-error.js';
import { checkOneOf, formatDay, invalidArgument, isRevokedProxy, parseDay, show } from '../internal/check.js';
import { checkKeys, keysOf } from '../internal/keys.js';
import { ERAS, eraOn, type Era } from './era.js';
import { pathRules, RAISERS, type ModificationPath, type Raiser } from './paths.js';
import type { LifecycleState } from './types.js';

/** What {@link initialState} needs. */
export interface InitialStateInput {
  readonly id: string;
  readonly path: ModificationPath;
  readonly raisedOn: string;
  /** The process era; inferred from `raisedOn`. Given, it must be the one in force then. */
  readonly era?: Era | undefined;
  /** Who raised it; checked against the path (only the Panel may raise a Fast-Track proposal). */
  readonly raisedBy?: Raiser | undefined;
  readonly urgent?: boolean | undefined;
  /** For an Alternative Proposal: the id of the proposal it is an alternative to. */
  readonly alternativeOf?: string | undefined;
}

const INPUT_KEYS = keysOf<InitialStateInput>()([
  'id',
  'path',
  'raisedOn',
  'era',
  'raisedBy',
  'urgent',
  'alternativeOf',
]);

/**
 * The state of a newly raised proposal: a Draft Proposal in the Development Stage (from
 * the Section D Review, {@link ERAS}), an Initial Modification Report (before it), or, for Fast-Track, awaiting the
 * Panel's decision.
 *
 * @throws {SecmodError} `invalid-date`, `invalid-argument` (empty id, unknown path, unknown key), `era-mismatch`
 *   (an era other than the one in force on `raisedOn`), `path-forbids` (a raiser the path does not allow).
 * @example
 * initialState({ id: 'MP084', path: 'authority-determination', raisedOn: '2019-09-10' }).stage; // 'draft-proposal'
 * initialState({ id: 'SECMP0004', path: 'authority-determination', raisedOn: '2016-05-01' }).stage; // 'initial-modification-report'
 */
export function initialState(input: InitialStateInput): LifecycleState {
  if (typeof input !== 'object' || input === null || isRevokedProxy(input))
    throw invalidArgument(input, ['input'], 'expected { id, path, raisedOn }');
  checkKeys(input, INPUT_KEYS, []);
  if (typeof input.id !== 'string' || input.id.trim() === '')
    throw invalidArgument(input.id, ['id'], 'a proposal id must be a non-empty string');
  const rules = pathRules(input.path);
  const raisedOn = formatDay(parseDay(input.raisedOn, ['raisedOn']), ['raisedOn']);
  const era = eraOn(raisedOn);
  // Checked before either is echoed: a Symbol or an object without a prototype cannot be put in a template.
  if (input.era !== undefined)
    checkOneOf(
      input.era,
      ERAS.map((v) => v.value),
      ['era'],
      'process era',
    );
  if (input.raisedBy !== undefined) checkOneOf(input.raisedBy, RAISERS, ['raisedBy'], 'raiser');
  if (input.era !== undefined && input.era !== era) {
    const version = ERAS.find((v) => v.value === era);
    throw new SecmodError(
      'era-mismatch',
      `${input.id} was raised on ${raisedOn}, when the ${era} process was in force, not ${show(input.era)}`,
      {
        path: ['era'],
        ...(version === undefined ? {} : { source: version.source }),
      },
    );
  }
  if (input.raisedBy !== undefined && !rules.mayRaise.includes(input.raisedBy)) {
    throw new SecmodError(
      'path-forbids',
      `${rules.name} proposals may be raised by ${rules.mayRaise.join(', ')}, not ${show(input.raisedBy)}`,
      { path: ['raisedBy'], source: rules.source },
    );
  }
  if (
    input.alternativeOf !== undefined &&
    (typeof input.alternativeOf !== 'string' || input.alternativeOf === input.id)
  ) {
    throw invalidArgument(input.alternativeOf, ['alternativeOf'], 'an Alternative Proposal names another proposal');
  }
  const proposal = {
    id: input.id,
    path: input.path,
    era,
    raisedOn,
    urgent: input.urgent === true,
    ...(input.alternativeOf === undefined ? {} : { alternativeOf: input.alternativeOf }),
  };
  if (input.path === 'fast-track') return { stage: 'awaiting-panel-decision', proposal, since: raisedOn };
  return era === 'section-d-review'
    ? { stage: 'draft-proposal', proposal, since: raisedOn }
    : { stage: 'initial-modification-report', proposal, since: raisedOn };
}
