import type { Citation } from '../errors/citation.js';

const SEC_URL = 'https://smartenergycodecompany.co.uk/the-smart-energy-code-2/';

/** The Smart Energy Code, Section D (Modification Process), one clause. */
export function secD(clause: string, note?: string): Citation {
  return {
    document: 'Smart Energy Code, Section D (Modification Process)',
    clause,
    url: SEC_URL,
    ...(note === undefined ? {} : { note }),
  };
}

/** SECMP0049 "Section D Review": the process in force from 1 November 2018. */
export const SECTION_D_REVIEW: Citation = {
  document: 'SECMP0049 "Section D Review" (Authority decision; in force 1 November 2018)',
  note: 'introduced Draft Proposals, the Development Stage and the Change Sub-Committee',
};
