import type { InitialStateInput, LifecycleEvent } from '../../src/lifecycle/index.js';

/**
 * Real proposal histories. `sourced` lists the facts a source states (the October 2017 report
 * SECP_49_1310_11, the code administrator's modification pages); `assumed` lists the dates no source we hold gives,
 * which the histories need only to reach the sourced events in order. Tests assert the sourced facts.
 */
export interface History {
  readonly source: string;
  readonly init: InitialStateInput;
  readonly events: readonly LifecycleEvent[];
  readonly sourced: readonly string[];
  readonly assumed: readonly string[];
}

export const SECMP0004: History = {
  source: 'SECP_49_1310_11 sections 1 and 3 (Path 2, Change Board 23 Aug 2017, rejected 29 Sep 2017)',
  init: { id: 'SECMP0004', path: 'authority-determination', raisedOn: '2016-01-04' },
  events: [
    { type: 'initial-consideration', date: '2016-01-15', route: 'refinement' },
    { type: 'refinement-concluded', date: '2017-05-12' },
    { type: 'draft-report-approved', date: '2017-06-09' },
    { type: 'report-consultation-closed', date: '2017-07-07' },
    { type: 'change-board-vote', date: '2017-08-23', vote: 'recommend-rejection' },
    { type: 'authority-decision', date: '2017-09-29', outcome: 'reject' },
  ],
  sourced: ['Path 2', 'Change Board recommended rejection on 2017-08-23', 'Authority rejected on 2017-09-29'],
  assumed: ['raised 2016-01-04 (the timeline of SECP_49_1310_11 starts in 2016)', 'the route and report-phase dates'],
};

export const SECMP0006: History = {
  source: 'SECP_49_1310_11 sections 1, 3 and 5',
  init: { id: 'SECMP0006', path: 'authority-determination', raisedOn: '2016-01-04' },
  events: [
    { type: 'initial-consideration', date: '2016-01-15', route: 'refinement' },
    { type: 'refinement-concluded', date: '2017-05-12' },
    { type: 'draft-report-approved', date: '2017-06-09' },
    { type: 'report-consultation-closed', date: '2017-07-07' },
    { type: 'change-board-vote', date: '2017-08-23', vote: 'recommend-approval' },
    { type: 'authority-decision', date: '2017-09-29', outcome: 'approve', subjectToEcNotification: true },
    { type: 'target-release', date: '2017-10-13', release: { name: 'June 2018 SEC Release', date: '2018-06-28' } },
  ],
  sourced: [
    'Path 2',
    'Change Board recommended approval on 2017-08-23',
    'Authority approved on 2017-09-29 subject to EC notification',
    'targeted at the 28 June 2018 release',
  ],
  assumed: [
    'raised 2016-01-04',
    'the route and report-phase dates',
    'targeted on 2017-10-13 (Panel 49, the meeting of SECP_49_1310_11)',
  ],
};

export const SECMP0062: History = {
  source:
    'the SECMP0062 modification page, smartenergycodecompany.co.uk (approved 7 Feb 2020, implemented in two parts)',
  init: { id: 'SECMP0062', path: 'self-governance', raisedOn: '2018-10-01' },
  events: [
    { type: 'initial-consideration', date: '2018-10-12', route: 'refinement' },
    { type: 'refinement-concluded', date: '2019-11-08' },
    { type: 'draft-report-approved', date: '2019-12-13' },
    { type: 'report-consultation-closed', date: '2020-01-24' },
    { type: 'change-board-vote', date: '2020-02-07', vote: 'approve' },
    { type: 'target-release', date: '2020-03-13', release: { name: 'June 2020 SEC Release', date: '2020-06-25' } },
    { type: 'implemented', date: '2020-06-25', part: 1, of: 2 },
    {
      type: 'implemented',
      date: '2020-11-29',
      part: 2,
      of: 2,
      release: { name: 'November 2020 SEC Release', date: '2020-11-29' },
    },
  ],
  sourced: ['Path 3 (Self-Governance)', 'approved by the Change Board on 2020-02-07', 'implemented in two parts'],
  assumed: [
    'raised 2018-10-01 (before the Section D Review took effect)',
    'refinement dates',
    'the two releases (June 2020; November 2020, moved to 29 Nov 2020)',
  ],
};

export const MP084: History = {
  source:
    'the MP084 modification page, smartenergycodecompany.co.uk (raised 10 Sep 2019, rejected by the Authority 27 May 2020)',
  init: { id: 'MP084', path: 'authority-determination', raisedOn: '2019-09-10' },
  events: [
    { type: 'convert-to-proposal', date: '2019-11-15', route: 'refinement' },
    { type: 'refinement-concluded', date: '2020-02-14' },
    { type: 'draft-report-approved', date: '2020-03-13' },
    { type: 'report-consultation-closed', date: '2020-04-03' },
    { type: 'change-board-vote', date: '2020-04-22', vote: 'recommend-rejection' },
    { type: 'authority-decision', date: '2020-05-27', outcome: 'reject' },
  ],
  sourced: ['draft raised 2019-09-10', 'converted 2019-11-15', 'Authority rejected 2020-05-27'],
  assumed: ['refinement, report-phase and Change Board dates, and the Change Board recommendation'],
};

export const MP153: History = {
  source:
    'SEC modification record MP153 (raised 16 Feb 2021, Fast-Track, implemented 24 Jun 2021 in the June 2021 SEC Release)',
  init: { id: 'MP153', path: 'fast-track', raisedOn: '2021-02-16', raisedBy: 'panel' },
  events: [
    { type: 'panel-decision', date: '2021-03-19', outcome: 'approve' },
    {
      type: 'implemented',
      date: '2021-06-24',
      release: { id: '2021-06', name: 'June 2021 SEC Release', date: '2021-06-24' },
    },
  ],
  sourced: [
    'Path 4 (Fast-Track): raised by the Panel and decided by the Panel, no Refinement and no Modification Report',
    'raised 16 Feb 2021',
    'implemented 24 Jun 2021 in the June 2021 release',
  ],
  assumed: ['the date of the Panel decision'],
};

export const MP083: History = {
  source: 'the issue (MP083 withdrawn)',
  init: { id: 'MP083', path: 'self-governance', raisedOn: '2019-08-01' },
  events: [
    { type: 'convert-to-proposal', date: '2019-10-04', route: 'refinement' },
    { type: 'withdraw', date: '2020-01-10' },
  ],
  sourced: ['withdrawn'],
  assumed: ['path, and all dates'],
};
