import { deepFreeze } from '../internal/freeze.js';
import type { Citation } from '../sources/citation.js';
import { invalidArgument } from '../internal/check.js';
import { secD } from '../sources/cite.js';

/** The four modification paths of SEC Section D2 (Paths 1-4). Urgent and Alternative are flags beside the path. */
export type ModificationPath = (typeof MODIFICATION_PATHS)[number];

/** The paths, in the order the SEC numbers them (1-4). */
export const MODIFICATION_PATHS = /* @__PURE__ */ deepFreeze([
  'authority-led',
  'authority-determination',
  'self-governance',
  'fast-track',
] as const);

/** Who may raise a proposal. */
export type Raiser = (typeof RAISERS)[number];

/** Everyone who may raise a proposal on some path. */
export const RAISERS = /* @__PURE__ */ deepFreeze(['sec-party', 'panel', 'authority', 'citizens-advice'] as const);

/** Who makes the decision. */
export type Decider = (typeof DECIDERS)[number];

/** Everyone who decides on some path. */
export const DECIDERS = /* @__PURE__ */ deepFreeze(['authority', 'change-board', 'panel'] as const);

/** What a path's rules say (SEC Section D2 and the sections it points to). */
export interface PathRules {
  readonly path: ModificationPath;
  /** 1-4, as the SEC and the status report number them. */
  readonly number: 1 | 2 | 3 | 4;
  readonly name: string;
  readonly mayRaise: readonly Raiser[];
  readonly decidedBy: Decider;
  /** The Change Board's part: a recommendation to the Authority, the decision itself, or none. */
  readonly changeBoard: 'recommends' | 'decides' | 'none';
  /** Whether the Refinement Process can apply. */
  readonly refinement: boolean;
  /** Whether a Modification Report is prepared (Report Phase). */
  readonly modificationReport: boolean;
  /** Whether the Authority may send the Final Modification Report back to the Panel. */
  readonly sendBack: boolean;
  /** An appeal to the Authority against the decision, where there is one. */
  readonly appeal: { readonly to: 'authority' } | null;
  readonly source: Citation;
}

/**
 * The rules of each path, as data.
 *
 * @see Smart Energy Code Section D2 (paths), D6 (Refinement), D7 (Report Phase), D8-D9 (Change Board and decisions)
 */
export const PATH_RULES: Readonly<Record<ModificationPath, PathRules>> = /* @__PURE__ */ deepFreeze({
  'authority-led': {
    path: 'authority-led',
    number: 1,
    name: 'Path 1: Authority-led',
    mayRaise: ['authority'],
    decidedBy: 'authority',
    changeBoard: 'recommends',
    refinement: true,
    modificationReport: true,
    sendBack: true,
    appeal: null,
    source: secD(
      'D2',
      'raised by or at the direction of the Authority, linked to a Significant Code Review; the Change Board recommendation is unconfirmed',
      {
        records: [
          'MP161: "an Authority-Led Variation raised as part of the Significant Code Review (SCR) for Retail Code Consolidation", in effect 1 September 2021 (https://smartenergycodecompany.co.uk/latest-news/sec-v45-0-released-to-implement-mp161/)',
        ],
      },
    ),
  },
  'authority-determination': {
    path: 'authority-determination',
    number: 2,
    name: 'Path 2: Authority Determination',
    mayRaise: ['sec-party', 'panel', 'citizens-advice', 'authority'],
    decidedBy: 'authority',
    changeBoard: 'recommends',
    refinement: true,
    modificationReport: true,
    sendBack: true,
    appeal: null,
    source: secD('D2', 'the Authority decides on the Change Board recommendation (e.g. SECMP0004, SECMP0006)', {
      records: [
        '"In August, the Change Board recommended to the Authority that SECMP0049 ... should be approved" (https://smartenergycodecompany.co.uk/newsletter/sec-newsletter-august-2018/)',
      ],
    }),
  },
  'self-governance': {
    path: 'self-governance',
    number: 3,
    name: 'Path 3: Self-Governance',
    mayRaise: ['sec-party', 'panel', 'citizens-advice', 'authority'],
    decidedBy: 'change-board',
    changeBoard: 'decides',
    refinement: true,
    modificationReport: true,
    sendBack: false,
    appeal: { to: 'authority' },
    source: secD('D2', 'the Change Board decides; the decision can be appealed to the Authority', {
      records: [
        '"On 26 August 2020, the Change Board voted to approve this modification under Self-Governance." (https://smartenergycodecompany.co.uk/modifications/default-maximum-demand-configuration-conflict/)',
      ],
    }),
  },
  'fast-track': {
    path: 'fast-track',
    number: 4,
    name: 'Path 4: Fast-Track',
    mayRaise: ['panel'],
    decidedBy: 'panel',
    changeBoard: 'none',
    refinement: false,
    modificationReport: false,
    sendBack: false,
    appeal: { to: 'authority' },
    source: secD('D2, D6, D7.1', 'only the Panel may raise one; no Refinement Process and no Modification Report', {
      records: [
        'the SECCo Modification Proposal form v1.0 (2017): "Fast-Track Modification (only Panel may raise this type of modification)" (a copy at https://paperzz.com/doc/6773179/draft-modification-report)',
      ],
    }),
  },
});

/**
 * What the rules of a path say: who may raise, who decides, which phases apply.
 *
 * @throws {SecmodError} `invalid-argument` for an unknown path.
 * @example
 * pathRules('fast-track').mayRaise; // ['panel']
 * pathRules('self-governance').decidedBy; // 'change-board'
 */
export function pathRules(path: ModificationPath): PathRules {
  if (typeof path === 'string' && Object.hasOwn(PATH_RULES, path)) return PATH_RULES[path];
  throw invalidArgument(path, ['path'], `unknown modification path; expected one of ${MODIFICATION_PATHS.join(', ')}`);
}
