import { secD } from '../../sources/cite.js';
import { ACTIVE_NODES } from '../nodes.js';
import { rule, type AnyTransitionRule } from './rule.js';

/** Progress resumes in the state it was paused in. */
export const RESUME: AnyTransitionRule<'resume'> = rule({
  from: ['on-hold'],
  to: ACTIVE_NODES,
  source: secD('D3', 'progress resumes where it was paused'),
  apply: (s, _e, date) => ({ ...s.resumeTo, since: date }),
});
