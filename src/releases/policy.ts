import { deepFreeze } from '../internal/freeze.js';
import { isoDateOf } from '../internal/days.js';
import { releasePages } from '../sources/cite.js';
import { cite, SEC_RELEASE_PAGES, STATUS_REPORT_2017_10 } from '../sources/documents.js';
import type { Citation } from '../sources/citation.js';
import type { LeadTimes, RecordedRelease, ReleaseInput, ReleasePolicy } from './types.js';

const STATUS_REPORT_SECTION_5 = cite(STATUS_REPORT_2017_10, 'section 5, Stand Alone Release (2017)');

/** A release a stored SEC web page shows: its address and the page's words that date it. */
const page = (url: string, words: string, note?: string): Citation => ({
  ...cite(SEC_RELEASE_PAGES, words, note === undefined ? {} : { note }),
  url,
});

const SEC = 'https://smartenergycodecompany.co.uk';

/** A scheduled release the record shows on a date. */
const recorded = (id: string, date: `${number}-${number}-${number}`, source: Citation): RecordedRelease => ({
  id,
  date: isoDateOf(date),
  source,
});

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

/**
 * A 2017 stand-alone release, recorded after the fact in section 5 of the October 2017 status report
 * (a Panel paper), or, where one was found, on a stored SEC page.
 */
const standAlone = (date: `${number}-${number}-${number}`, mod: string, source?: Citation): ReleaseInput => ({
  id: `ad-hoc-${date}`,
  name: `Stand-alone release ${date} (SECMP${mod})`,
  date: isoDateOf(date),
  kind: 'ad-hoc',
  source: source ?? STATUS_REPORT_SECTION_5,
  projected: false,
});

const authorityLed = (date: `${number}-${number}-${number}`, mod: string, source: Citation): ReleaseInput => ({
  id: `ad-hoc-${date}`,
  name: `Authority-led variation ${mod}`,
  date: isoDateOf(date),
  kind: 'ad-hoc',
  source,
  projected: false,
});

/**
 * The SEC release calendar as observed on the SEC release pages, as dated rule versions:
 * - from 2018: a June release on the last Thursday of June and a November release on the first
 *   Thursday of November;
 * - from 2019: also a February release on the last Thursday of February;
 * - November 2019 and November 2020 moved with the Authority's agreement (to 29 Nov);
 * - the 2017 stand-alone releases of the October 2017 status report (SECP_49_1310_11) and the Authority-led variations MP161 and MP200
 *   as ad-hoc releases;
 * - `recorded`: the scheduled releases a stored SEC page dates (known, `projected: false`); every other
 *   scheduled release is projected from the rule (`projected: true`). docs/releases.md lists them.
 * Pass your own {@link ReleasePolicy} for a newer Release Management Policy or a what-if, and add the
 * releases you know to its `recorded` list.
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
      source: releasePages(
        'the June and November releases (the status report of October 2017, SECP_49_1310_11 section 5, scoped SECMP0008 for 28 Jun 2018); no stored page records a 2018 release',
      ),
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
        'three releases a year, as the recorded releases show (policy.recorded): June on the last Thursday (24 Jun 2021), November on the first Thursday (4 Nov 2021, 3 Nov 2022); no stored page dates a February release (a modification went live on 28 Feb 2019, the last Thursday, without naming one)',
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
    standAlone(
      '2017-03-15',
      '0026',
      page(
        `${SEC}/news-and-useful-links/latest-news/news-detail/2017/03/15/sec-5.5-designation---15th-march-2017`,
        'SEC 5.5 designation: "The latest version of the SEC came into effect on 15th March 2017"',
        'also SECP_49_1310_11 section 5',
      ),
    ),
    standAlone(
      '2017-04-01',
      '0016',
      page(
        `${SEC}/news-and-useful-links/newsletters/newsletter-detail/?id=c66fa4ad-f26d-69b4-bb96-ff0000a6837f`,
        'SECAS newsletter of 31 March 2017: "A new version of the SEC will come into effect on 1st April 2017"',
        'the date as set the day before; SECP_49_1310_11 section 5 records the release as made',
      ),
    ),
    standAlone('2017-05-10', '0033'),
    standAlone('2017-05-11', '0021'),
    standAlone('2017-07-12', '0035'),
    standAlone('2017-08-14', '0036'),
    authorityLed(
      '2021-09-01',
      'MP161',
      page(
        `${SEC}/latest-news/sec-v45-0-released-to-implement-mp161/`,
        'SEC v45.0: "An updated version of the SEC came into effect on 1 September 2021 to implement MP161"',
      ),
    ),
    authorityLed(
      '2022-07-18',
      'MP200',
      page(
        `${SEC}/tag/sec-release/`,
        'SEC v62.0: "An updated version of the SEC came into effect on 18 July 2022 to implement MP200"',
      ),
    ),
  ],
  recorded: [
    recorded(
      '2019-11',
      '2019-11-29',
      page(
        `${SEC}/november-2019-sec-release/`,
        'November 2019 SEC Release: "The November 2019 SEC Release went live on 29 November 2019"',
        '"On 30 October 2019, the Panel used the discretion granted by the Authority to further revise the implementation date to 29 November 2019"; SEC v6.21',
      ),
    ),
    recorded(
      '2020-11',
      '2020-11-29',
      page(
        `${SEC}/latest-news/sec-v27-0-published-for-the-november-2020-sec-release/`,
        'SEC v27.0: "SEC version 27.0 comes into effect on 29 November 2020 to implement the November 2020 SEC Release"',
        "moved from 5 Nov with the Authority's agreement (the Panel asked on 19 June 2020); DCC system changes went live on 5 Nov (SECMP0062 part 2)",
      ),
    ),
    recorded(
      '2021-06',
      '2021-06-24',
      page(
        `${SEC}/tag/june-2021-sec-release/`,
        'SEC v40.0: "SEC version 40.0 came into effect on 24 June 2021 to implement the June 2021 SEC Release"',
      ),
    ),
    recorded(
      '2021-11',
      '2021-11-04',
      page(
        `${SEC}/modifications/incorporation-of-non-gbcs-non-mandated-alerts-into-the-sec/`,
        'MP090: "This modification was implemented on 4 November 2021 as part of the November 2021 SEC Release"',
        'MP180 page the same',
      ),
    ),
    recorded(
      '2022-11',
      '2022-11-03',
      page(
        `${SEC}/modifications/adt-and-exit-quarantine-file-delivery-mechanism/`,
        'MP109: "This modification will be implemented on 3 November 2022 (November 2022 SEC Release)"',
        'the date the release was set for, as the page stood while MP109 was pending implementation (MP099 the same)',
      ),
    ),
  ],
});
