import { describe, expect, it } from 'vitest';
import { changeBoardVote, MAJORITY_OF_VOTES_CAST, type ChangeBoardVoteRule } from '../../src/lifecycle/index.js';
import { codeOf, errorOf } from '../helpers.js';

describe('a Change Board vote in which nobody voted decides nothing', () => {
  it('an empty tally is refused with no-votes-cast, not read as a rejection', () => {
    const e = errorOf(() => changeBoardVote({}, 'self-governance'));
    expect(e.code).toBe('no-votes-cast');
    expect(e.path).toEqual(['tally']);
  });
  it('groups with no votes at all are refused the same way, under any rule', () => {
    expect(codeOf(() => changeBoardVote({ suppliers: { for: 0, against: 0 } }, 'authority-determination'))).toBe(
      'no-votes-cast',
    );
    expect(
      codeOf(() =>
        changeBoardVote({ suppliers: { for: 0, against: 0, abstain: 0 } }, 'self-governance', MAJORITY_OF_VOTES_CAST),
      ),
    ).toBe('no-votes-cast');
  });
  it('a tally where everybody abstained is a vote, and the rule decides it', () => {
    expect(changeBoardVote({ suppliers: { for: 0, against: 0, abstain: 3 } }, 'self-governance')).toBe('reject');
  });
  it('a malformed tally or rule is invalid-argument at its path', () => {
    expect(errorOf(() => changeBoardVote({ suppliers: null } as never, 'self-governance')).path).toEqual([
      'tally',
      'suppliers',
    ]);
    expect(
      errorOf(() => changeBoardVote({ suppliers: { for: 1, against: 0, abstain: -1 } }, 'self-governance')).path,
    ).toEqual(['tally', 'suppliers', 'abstain']);
    expect(
      errorOf(() => changeBoardVote({ s: { for: 1, against: 0 } }, 'self-governance', {} as ChangeBoardVoteRule)).path,
    ).toEqual(['rule']);
  });
});
