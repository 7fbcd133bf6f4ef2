import { deepFreeze } from '../internal/freeze.js';
import { CHANGE_BOARD_VOTE } from '../sources/assumptions.js';
import type { Citation } from '../sources/citation.js';
import { SecmodError } from '../errors/secmod-error.js';
import { checkObject, invalidArgument, isCallable, isReadable, show } from '../internal/check.js';
import { checkKeys, keysOf } from '../internal/keys.js';
import { pathRules, type ModificationPath } from './paths.js';

/** Votes cast at a Change Board meeting, per voting group (e.g. large suppliers, small suppliers, networks). */
export type VoteTally = Readonly<
  Record<string, { readonly for: number; readonly against: number; readonly abstain?: number }>
>;

/** The keys of one group's votes in a {@link VoteTally}. */
const GROUP_KEYS = keysOf<VoteTally[string]>()(['for', 'against', 'abstain']);

/**
 * How a Change Board vote carries. The SEC's voting rules (majorities by voting group, abstentions)
 * are **unconfirmed** (the Code's text could not be checked), so the rule is a parameter, never a constant.
 */
export interface ChangeBoardVoteRule {
  readonly name: string;
  readonly source: Citation;
  /** Whether the tally carries approval. */
  carries(tally: VoteTally): boolean;
}

/**
 * Throws `invalid-argument` at the first fault unless the value is a {@link VoteTally}; answers the number
 * of votes cast (for, against and abstaining). The built-in rules check their tally with it too, so
 * `carries` called directly with a malformed tally answers with a coded error, not a `TypeError`.
 */
function checkTally(tally: unknown): number {
  const groups = checkObject<Record<string, unknown>>(tally, ['tally'], '{ group: { for, against, abstain? } }');
  let cast = 0;
  for (const [group, value] of Object.entries(groups)) {
    const g = checkObject<Record<string, unknown>>(value, ['tally', group], '{ for, against, abstain? }');
    checkKeys(g, GROUP_KEYS, ['tally', group]);
    for (const k of ['for', 'against', 'abstain'] as const) {
      const n: unknown = (g as Record<string, unknown>)[k];
      if (k === 'abstain' && n === undefined) continue;
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)
        throw invalidArgument(n, ['tally', group, k], 'a vote count is a whole number >= 0');
      cast += n;
    }
  }
  return cast;
}

/** Approval carries when more votes are cast for it than against, over all groups (abstentions do not count). */
export const MAJORITY_OF_VOTES_CAST: ChangeBoardVoteRule = /* @__PURE__ */ deepFreeze({
  name: 'majority of votes cast',
  source: CHANGE_BOARD_VOTE.source,
  carries: (tally) => {
    checkTally(tally);
    const all = Object.values(tally);
    return all.reduce((s, g) => s + g.for, 0) > all.reduce((s, g) => s + g.against, 0);
  },
});

/**
 * Approval carries only with a majority in every voting group that votes. Without it the Change Board
 * recommends rejection (SECMP0004: "did not reach the majority required to recommend the approval,
 * and therefore recommended its rejection").
 */
export const MAJORITY_IN_EVERY_GROUP: ChangeBoardVoteRule = /* @__PURE__ */ deepFreeze({
  name: 'majority in every voting group',
  source: CHANGE_BOARD_VOTE.source,
  carries: (tally) => {
    checkTally(tally);
    const voting = Object.values(tally).filter((g) => g.for + g.against > 0);
    return voting.length > 0 && voting.every((g) => g.for > g.against);
  },
});

/**
 * The `vote` of a `change-board-vote` event from a tally, under a pluggable rule: a decision on
 * Self-Governance, a recommendation to the Authority on Paths 1 and 2.
 *
 * A tally in which nobody voted (no votes for, against or abstaining in any group) decides nothing:
 * it is refused with `no-votes-cast` rather than read as a rejection.
 *
 * @throws {SecmodError} `invalid-argument` for a malformed tally or a path without a Change Board vote;
 *   `no-votes-cast` for a tally in which nobody voted.
 * @example
 * changeBoardVote({ suppliers: { for: 3, against: 1 }, networks: { for: 1, against: 2 } }, 'authority-determination');
 * // 'recommend-rejection' (no majority among networks)
 */
export function changeBoardVote(
  tally: VoteTally,
  path: ModificationPath,
  rule: ChangeBoardVoteRule = MAJORITY_IN_EVERY_GROUP,
): 'approve' | 'reject' | 'recommend-approval' | 'recommend-rejection' {
  const rules = pathRules(path);
  if (rules.changeBoard === 'none') throw invalidArgument(path, ['path'], `${rules.name} has no Change Board vote`);
  const cast = checkTally(tally);
  if (!isReadable(rule) || !isCallable(rule.carries))
    throw invalidArgument(rule, ['rule'], 'expected a ChangeBoardVoteRule { name, source, carries(tally) }');
  if (cast === 0) {
    throw new SecmodError(
      'no-votes-cast',
      `nobody voted in the tally (${Object.keys(tally).length} group(s), no votes for, against or abstaining): a vote with no votes cast is not a decision`,
      {
        path: ['tally'],
        source: rule.source,
      },
    );
  }
  const carries = rule.carries(tally);
  if (typeof carries !== 'boolean')
    throw invalidArgument(carries, ['rule', 'carries'], `the rule ${show(rule.name)} must return true or false`);
  if (rules.changeBoard === 'decides') return carries ? 'approve' : 'reject';
  return carries ? 'recommend-approval' : 'recommend-rejection';
}
