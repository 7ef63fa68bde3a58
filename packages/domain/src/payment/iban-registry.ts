/**
 * IBAN lengths per country, from the SWIFT IBAN Registry (ISO 13616; release 99 of 2025, as
 * shipped in the `ibantools` 4.5.4 country table, which marks the registry's entries): every
 * country of the registry, so an IBAN from anywhere in it is recognised, not only SEPA ones.
 * National IBANs outside the registry (several African states) are not listed: banks in SEPA
 * do not take them. Saint-Barthélemy (BL) is added: the registry counts it under France (FR),
 * whose 27 characters it shares.
 */
// prettier-ignore
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AX: 18, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BL: 27, BR: 29,
  BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FO: 18, FR: 27, GB: 22, GE: 22, GF: 27, GI: 23, GL: 18, GP: 27, GR: 27, GT: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MF: 27, MK: 19, MN: 20, MQ: 27, MR: 27, MT: 31,
  MU: 30, NC: 27, NI: 28, NL: 18, NO: 15, OM: 23, PF: 27, PK: 24, PL: 28, PM: 27, PS: 29, PT: 25,
  QA: 29, RE: 27, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27,
  SO: 23, ST: 25, SV: 28, TF: 27, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, WF: 27, XK: 20,
  YE: 30, YT: 27,
};

/**
 * Countries and territories of the SEPA schemes (EPC409-09, "EPC list of SEPA scheme countries"):
 * the EU and EEA states, Andorra, Monaco, San Marino, Switzerland, the United Kingdom, the Vatican,
 * the French and Finnish territories that have IBANs of their own (Åland, French Guiana,
 * Guadeloupe, Martinique, Mayotte, Réunion, Saint-Barthélemy, Saint-Martin, Saint-Pierre-et-
 * Miquelon) and Gibraltar. Albania, Moldova, Montenegro and North Macedonia were admitted in
 * November 2024 and take part since 2025 [not checked against the current EPC409 offline].
 * Jersey, Guernsey and the Isle of Man use GB IBANs.
 */
// prettier-ignore
export const SEPA_COUNTRIES: ReadonlySet<string> = new Set([
  'AD', 'AL', 'AT', 'AX', 'BE', 'BG', 'BL', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR',
  'GB', 'GF', 'GI', 'GP', 'GR', 'HR', 'HU', 'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MC', 'MD',
  'ME', 'MF', 'MK', 'MQ', 'MT', 'NL', 'NO', 'PL', 'PM', 'PT', 'RE', 'RO', 'SE', 'SI', 'SK', 'SM',
  'VA', 'YT',
]);
