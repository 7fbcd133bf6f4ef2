/**
 * The documents secmod's rules come from, each written once: its title, where it can be read and the
 * standing of what secmod takes from it. Every citation secmod makes is built here, by one of the
 * functions below, so a document's title or address changes in one place.
 *
 * Each document is its own export, so an app bundles only the ones the functions it uses cite.
 */
import { isoDateOf } from '../internal/days.js';
import type { Citation, SourceStatus } from './citation.js';

/** A document secmod cites: what a citation of it carries. */
export interface SourceDocument {
  /** The document as a reader would look it up. */
  readonly title: string;
  /** Where it can be read, where that is public. */
  readonly url?: string | undefined;
  /** The standing of what secmod takes from it, unless a citation says otherwise. */
  readonly status: SourceStatus;
}

/** Extra fields of one citation of a document. */
export interface CiteOptions {
  readonly note?: string | undefined;
  /** The citation's own standing, where it differs from the document's. */
  readonly status?: SourceStatus | undefined;
  /** The records an `observed` rule was inferred from. */
  readonly records?: readonly string[] | undefined;
  /** The address of the page cited, where it is more precise than the document's. */
  readonly url?: string | undefined;
}

/** A citation of one clause of a document. */
/* @__NO_SIDE_EFFECTS__ */
export function cite(document: SourceDocument, clause?: string, options: CiteOptions = {}): Citation {
  return {
    document: document.title,
    ...(clause === undefined ? {} : { clause }),
    ...((options.url ?? document.url) === undefined ? {} : { url: options.url ?? document.url }),
    status: options.status ?? document.status,
    ...(options.records === undefined ? {} : { records: options.records }),
    ...(options.note === undefined ? {} : { note: options.note }),
  };
}

const SEC_URL = 'https://smartenergycodecompany.co.uk/the-smart-energy-code-2/';

/** The Smart Energy Code, Section D: the modification process. */
export const SEC_SECTION_D: SourceDocument = {
  title: 'Smart Energy Code, Section D (Modification Process)',
  url: SEC_URL,
  status: 'observed',
};

/** The Smart Energy Code, Section A: definitions (Working Day). */
export const SEC_SECTION_A: SourceDocument = {
  title: 'Smart Energy Code, Section A (Definitions and Interpretation)',
  url: SEC_URL,
  status: 'unconfirmed',
};

/** The Smart Energy Code, Section C: the Panel. */
export const SEC_SECTION_C: SourceDocument = {
  title: 'Smart Energy Code, Section C (Governance)',
  url: SEC_URL,
  status: 'observed',
};

/** SECMP0049 "Section D Review": the modification process from its date (`ERAS`). */
export const SECMP0049: SourceDocument = {
  title: 'SECMP0049 "Section D Review" (Authority decision)',
  url: 'https://smartenergycodecompany.co.uk/modifications/',
  status: 'observed',
};

/** Ofgem's industry code governance page: its published target for code modification decisions. */
export const OFGEM_CODE_GOVERNANCE: SourceDocument = {
  title: 'Ofgem, Industry code governance',
  url: 'https://www.ofgem.gov.uk/licences-industry-codes-and-standards/industry-code-governance',
  status: 'observed',
};

/** The SEC website's page on SEC change: the Development Stage and the Change Sub-Committee. */
export const SEC_CHANGE_PAGE: SourceDocument = {
  title: 'SEC change (smartenergycodecompany.co.uk/about-sec-change)',
  url: 'https://smartenergycodecompany.co.uk/about-sec-change/',
  status: 'observed',
};

/** SECMP0034: standard timescales for DCC assessments. */
export const SECMP0034: SourceDocument = {
  title: 'SECMP0034 "Changes to the SEC Section D for DCC analysis provisions"',
  url: 'https://smartenergycodecompany.co.uk/modifications/changes-to-the-sec-section-d-for-dcc-analysis-provisions/',
  status: 'unconfirmed',
};

/** The SEC release and modification pages: the release calendar as observed. */
export const SEC_RELEASE_PAGES: SourceDocument = {
  title: 'SEC release and modification pages (smartenergycodecompany.co.uk)',
  url: 'https://smartenergycodecompany.co.uk/sec-releases/',
  status: 'observed',
};

/** The monthly status report the project was founded on. */
export const STATUS_REPORT_2017_10: SourceDocument = {
  title: 'SECAS Modification and Release Status Report, October 2017 (SEC Panel paper SECP_49_1310_11)',
  status: 'observed',
};

/** Directive (EU) 2015/1535: notification of technical regulations (TRIS). */
export const DIRECTIVE_2015_1535: SourceDocument = {
  title: 'Directive (EU) 2015/1535',
  url: 'https://eur-lex.europa.eu/eli/dir/2015/1535/oj',
  status: 'enacted',
};

/** Regulation (EEC, Euratom) No 1182/71: periods, dates and time limits. */
export const REGULATION_1182_71: SourceDocument = {
  title: 'Regulation (EEC, Euratom) No 1182/71',
  url: 'https://eur-lex.europa.eu/eli/reg/1971/1182/oj',
  status: 'enacted',
};

/** The Withdrawal Agreement's Protocol on Ireland/Northern Ireland. */
export const NI_PROTOCOL: SourceDocument = {
  title: 'Withdrawal Agreement, Protocol on Ireland/Northern Ireland',
  url: 'https://eur-lex.europa.eu/eli/treaty/withd_2020/oj',
  status: 'unconfirmed',
};

/** The TRIS notifications and their published end-of-standstill dates. */
export const TRIS_RECORDS: SourceDocument = {
  title: 'TRIS notifications and published end-of-standstill dates (eutr database, J. C. Fjelstul 2021)',
  url: 'https://technical-regulation-information-system.ec.europa.eu/',
  status: 'observed',
};

/** The European Commission's public holidays. */
export const EC_HOLIDAYS: SourceDocument = {
  title:
    'European Commission, public holidays of the institutions (list published each year in the Official Journal, C series)',
  status: 'observed',
};

/** The Banking and Financial Dealings Act 1971. */
export const BFDA_1971: SourceDocument = {
  title: 'Banking and Financial Dealings Act 1971',
  url: 'https://www.legislation.gov.uk/ukpga/1971/80/schedule/1',
  status: 'enacted',
};

/** Royal Proclamations appointing bank holidays under s.1(3) of the 1971 Act. */
export const ROYAL_PROCLAMATIONS: SourceDocument = {
  title: 'Royal Proclamation under the Banking and Financial Dealings Act 1971, s.1(3) (The Gazette)',
  url: 'https://www.legislation.gov.uk/ukpga/1971/80/section/1',
  status: 'observed',
};

/** Common-law holidays (Christmas Day, Good Friday). */
export const COMMON_LAW: SourceDocument = {
  title: 'Common law (customary holiday)',
  status: 'observed',
};

/** The gov.uk bank-holidays feed. */
export const GOV_UK_BANK_HOLIDAYS: SourceDocument = {
  title: 'UK bank holidays (gov.uk bank-holidays feed)',
  url: 'https://www.gov.uk/bank-holidays',
  status: 'observed',
};

/** St Andrew's Day Bank Holiday (Scotland) Act 2007. */
export const ST_ANDREWS_2007: SourceDocument = {
  title: "St Andrew's Day Bank Holiday (Scotland) Act 2007",
  url: 'https://www.legislation.gov.uk/asp/2007/2',
  status: 'enacted',
};

/**
 * SEC Panel papers and minutes. A paper's reference carries its meeting: `SECP_49_1310_11` is item 11
 * of Panel meeting 49, on 13 October 2017.
 */
export const SEC_PANEL_PAPERS: SourceDocument = {
  title: 'SEC Panel papers and minutes (references SECP_<meeting>_<DDMM>_<item>)',
  url: 'https://smartenergycodecompany.co.uk/sec-panel/',
  status: 'observed',
};

/**
 * The SEC website's stored pages: modification pages (their timelines and "Latest update" lines), release
 * pages and news items. Each citation names its page (`url`) and the words on it (`clause`).
 */
export const SEC_WEBSITE_PAGES: SourceDocument = {
  title: 'SEC website (smartenergycodecompany.co.uk): modification, release and news pages',
  url: 'https://smartenergycodecompany.co.uk/',
  status: 'observed',
};

/** SEC Change Board meeting records. */
export const SEC_CHANGE_BOARD_RECORDS: SourceDocument = {
  title: 'SEC Change Board meeting records and modification decisions',
  url: 'https://smartenergycodecompany.co.uk/change-board/',
  status: 'observed',
};

/** The date-holidays package, for other states' public holidays. */
export const DATE_HOLIDAYS_PACKAGE: SourceDocument = {
  title: 'date-holidays package (npm)',
  url: 'https://www.npmjs.com/package/date-holidays',
  status: 'observed',
};

/** Dates a caller supplied: the caller's own source. */
export function callerSupplied(name: string): Citation {
  return { document: name, status: 'observed', note: 'dates supplied by the caller' };
}

/** One citation for data drawn from several sources: their documents, at the weakest standing among them. */
export function combined(citations: readonly Citation[], note: string): Citation {
  const rank = (s: SourceStatus) => (s === 'enacted' ? 0 : s === 'observed' ? 1 : 2);
  const status = citations.reduce<SourceStatus>((w, c) => (rank(c.status) > rank(w) ? c.status : w), 'enacted');
  return { document: citations.map((c) => c.document).join('; '), status, note };
}

/**
 * The day the Section D Review took effect: SECMP0049 (the Development Stage and Draft Proposals) and
 * SECMP0034 (standard DCC assessment timescales) went live in the November 2018 SEC release.
 */
export const SECTION_D_REVIEW_FROM = /* @__PURE__ */ isoDateOf('2018-11-01');
