import { deepFreeze } from '../internal/freeze.js';
import { isoDateOf } from '../internal/days.js';
import { releasePages } from '../sources/cite.js';
import { cite, STATUS_REPORT_2017_10 } from '../sources/documents.js';
import type { LeadTimes, Release, ReleasePolicy } from './types.js';

const STATUS_REPORT_SECTION_5 = cite(STATUS_REPORT_2017_10, 'section 5, Stand Alone Release (2017)');

/** 2018: the only observation is SECMP0008 (a DCC system change) approved 29 Sep 2017 and scoped for 28 Jun 2018. */
const LEAD_TIMES_2018: LeadTimes = {
  dccBaselineMonths: 8,
  fullScopeMonths: 6,
  source: releasePages(
    'SECMP0008, a DCC system change approved on 29 Sep 2017, was scoped for the 28 Jun 2018 release (SECP_49_1310_11 section 5), so the 2018 DCC baseline was less than 9 months ahead (8 used); the 6-month full scope is carried back from later releases',
  ),
};

const LEAD_TIMES: LeadTimes = {
  dccBaselineMonths: 12,
  fullScopeMonths: 6,
  lateExceptionDays: 7,
  source: releasePages(
    'DCC-system scope baselined about 12 months ahead (Nov 2021 scope on 13 Nov 2020), full scope about 6 months ahead (14 May 2021), non-DCC changes added late by exception (MP203: approved 26 Oct 2022, live 3 Nov 2022)',
  ),
};

const standAlone = (date: `${number}-${number}-${number}`, mod: string): Release => ({
  id: `ad-hoc-${date}`,
  name: `Stand-alone release ${date} (SECMP${mod})`,
  date: isoDateOf(date),
  kind: 'ad-hoc',
  source: STATUS_REPORT_SECTION_5,
});

const authorityLed = (date: `${number}-${number}-${number}`, mod: string): Release => ({
  id: `ad-hoc-${date}`,
  name: `Authority-led variation ${mod}`,
  date: isoDateOf(date),
  kind: 'ad-hoc',
  source: releasePages(`${mod} went live outside the release calendar on ${date}`),
});

/**
 * The SEC release calendar as observed on the SEC release pages, as dated rule versions:
 * - from 2018: a June release on the last Thursday of June and a November release on the first
 *   Thursday of November;
 * - from 2019: also a February release on the last Thursday of February;
 * - November 2019 and November 2020 moved with the Authority's agreement (to 29 Nov);
 * - the 2017 stand-alone releases of the October 2017 status report (SECP_49_1310_11) and the Authority-led variations MP161 and MP200
 *   as ad-hoc releases.
 * Pass your own {@link ReleasePolicy} for a newer Release Management Policy or a what-if.
 */
export const SEC_RELEASE_POLICY: ReleasePolicy = /* @__PURE__ */ deepFreeze({
  versions: [
    {
      from: isoDateOf('2018-01-01'),
      value: {
        releases: [
          { name: 'June', month: 6, weekday: 4, which: 'last' },
          { name: 'November', month: 11, weekday: 4, which: 'first' },
        ],
        leadTimes: LEAD_TIMES_2018,
      },
      source: releasePages('28 Jun 2018 and 1 Nov 2018'),
    },
    {
      from: isoDateOf('2019-01-01'),
      value: {
        releases: [
          { name: 'February', month: 2, weekday: 4, which: 'last' },
          { name: 'June', month: 6, weekday: 4, which: 'last' },
          { name: 'November', month: 11, weekday: 4, which: 'first' },
        ],
        leadTimes: LEAD_TIMES,
      },
      source: releasePages(
        'February (28 Feb 2019, 27 Feb 2020, 25 Feb 2021, 24 Feb 2022), June (27 Jun 2019, 24 Jun 2021, 30 Jun 2022, 29 Jun 2023), November (4 Nov 2021, 3 Nov 2022)',
      ),
    },
  ],
  moves: [
    {
      id: '2019-11',
      to: '2019-11-29',
      source: releasePages("the November 2019 release was moved to 29 Nov 2019 with the Authority's agreement"),
    },
    {
      id: '2020-11',
      to: '2020-11-29',
      source: releasePages(
        "the November 2020 release (planned 5 Nov) was moved to 29 Nov 2020 with the Authority's agreement",
      ),
    },
  ],
  adHoc: [
    standAlone('2017-03-15', '0026'),
    standAlone('2017-04-01', '0016'),
    standAlone('2017-05-10', '0033'),
    standAlone('2017-05-11', '0021'),
    standAlone('2017-07-12', '0035'),
    standAlone('2017-08-14', '0036'),
    authorityLed('2021-09-01', 'MP161'),
    authorityLed('2022-07-18', 'MP200'),
  ],
});
