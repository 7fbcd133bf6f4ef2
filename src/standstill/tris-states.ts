/**
 * TRIS state codes (the suffix of a notification number, e.g. 2017/123/F) to the ISO 3166 codes that
 * date-holidays uses. ISO codes are accepted as they are. Pure data: a form can list the states without
 * loading date-holidays.
 */
export const TRIS_STATE_CODES: Readonly<Record<string, string>> = Object.freeze({
  A: 'AT',
  B: 'BE',
  BG: 'BG',
  CY: 'CY',
  CZ: 'CZ',
  D: 'DE',
  DK: 'DK',
  E: 'ES',
  EE: 'EE',
  EL: 'GR',
  GR: 'GR',
  F: 'FR',
  FIN: 'FI',
  HR: 'HR',
  HU: 'HU',
  I: 'IT',
  IRL: 'IE',
  L: 'LU',
  LT: 'LT',
  LV: 'LV',
  MT: 'MT',
  NL: 'NL',
  P: 'PT',
  PL: 'PL',
  RO: 'RO',
  S: 'SE',
  SI: 'SI',
  SK: 'SK',
  UK: 'GB',
  // EFTA states and Turkey notify through TRIS too.
  CH: 'CH',
  FL: 'LI',
  IS: 'IS',
  N: 'NO',
  TR: 'TR',
});
