/**
 * The country of a national news agency, by the credit its datelines carry ("KOCHI, Dec 9 (PTI)", "HYDERABAD (APP):").
 * A national agency files mostly from home, so a dateline town it credits that has a namesake at home is that town
 * (namesake-datelines.ts): Press Trust of India's Kochi is Kerala's, not Japan's; the Associated Press of Pakistan's
 * Hyderabad is Sindh's (wild57). The world's agencies (Reuters, AP, AFP, Bloomberg, UPI) have no home here, nor
 * those whose desks cover a language's world (LANGUAGE_AGENCY_HOMES).
 */
const AGENCY_HOMES: Readonly<Record<string, string>> = {
  PTI: 'IN',
  IANS: 'IN',
  ANI: 'IN',
  UNI: 'IN',
  APP: 'PK',
  AAP: 'AU',
  Kyodo: 'JP',
  Jiji: 'JP',
  Bernama: 'MY',
  Yonhap: 'KR',
  Xinhua: 'CN',
  TASS: 'RU',
  Interfax: 'RU',
  'RIA Novosti': 'RU',
  Anadolu: 'TR',
  WAM: 'AE',
  SPA: 'SA',
  QNA: 'QA',
  KUNA: 'KW',
  IRNA: 'IR',
  Antara: 'ID',
  PNA: 'PH',
  'Europa Press': 'ES',
  ANSA: 'IT',
  AGI: 'IT',
  NAN: 'NG',
  BSS: 'BD',
  UNB: 'BD',
  PAP: 'PL',
  MTI: 'HU',
  Agerpres: 'RO',
  BTA: 'BG',
  Tanjug: 'RS',
  HINA: 'HR',
  STA: 'SI',
  SANA: 'SY',
  MENA: 'EG',
  Ukrinform: 'UA',
  BelTA: 'BY',
  Kazinform: 'KZ',
  Azertag: 'AZ',
  Armenpress: 'AM',
  ANP: 'NL',
  Belga: 'BE',
  'Keystone-SDA': 'CH',
  NTB: 'NO',
  Ritzau: 'DK',
  STT: 'FI',
  Notimex: 'MX',
  CP: 'CA',
  PA: 'GB',
  'PA Media': 'GB',
  dpa: 'DE',
};

/**
 * Agencies whose desks cover a language's world: EFE's and Prensa Latina's Latin America, Lusa's Brazil and Africa.
 * They write a town abroad with its country ("Córdoba (Argentina)"), yet English copy drops it: "CORDOBA (EFE)" may be
 * Argentina's (review57). Their home is a prior only, which a lead naming the town's first country overrides
 * (namesake-datelines.ts): "LEÓN, Dec 9 (EFE) - … the city's Gothic cathedral" is Spain's (review58).
 */
const LANGUAGE_AGENCY_HOMES: Readonly<Record<string, string>> = {
  EFE: 'ES',
  'Prensa Latina': 'CU',
  Lusa: 'PT',
};

/**
 * The credit at a dateline's end: in brackets, "(PTI)", "(APP):", "(EFE).-"; or bare after the date, as AAP and Kyodo write it,
 * "NEWCASTLE, Dec 9 AAP -".
 */
const CREDIT_AT_END = /(?:\(([A-Za-z][A-Za-z -]*)\)|\d,?\s+([A-Za-z][A-Za-z -]*?))\s*[.:\u2014\u2013-]*\s*$/;

/** The home country of the national agency a dateline credits, if any. */
export function agencyHome(datelineText: string): string | undefined {
  const credit = creditOf(datelineText);
  return credit === undefined ? undefined : AGENCY_HOMES[credit];
}

/** The home country of the agency of a language's world a dateline credits, if any (LANGUAGE_AGENCY_HOMES). */
export function languageAgencyHome(datelineText: string): string | undefined {
  const credit = creditOf(datelineText);
  return credit === undefined ? undefined : LANGUAGE_AGENCY_HOMES[credit];
}

function creditOf(datelineText: string): string | undefined {
  const credit = CREDIT_AT_END.exec(datelineText);
  return credit === null ? undefined : (credit[1] ?? credit[2])!.trim();
}

/**
 * The world's agencies, whose bureaus file on every country from the city they sit in: "LONDON, Dec 9 (Reuters) -
 * Alberta officials said" is London's bureau reporting on Canada, not a story from Ontario's London. Not the AP: a
 * cooperative of American papers, it files from their towns ("ST. PETERSBURG (AP) — The Tampa Bay Rays said …
 * Florida officials welcomed the news" is Florida's; review58).
 */
const WORLD_AGENCIES: ReadonlySet<string> = new Set(['Reuters', 'REUTERS', 'AFP', 'Bloomberg', 'UPI']);

/** Whether a dateline credits one of the world's agencies. */
export function creditsWorldAgency(datelineText: string): boolean {
  const credit = creditOf(datelineText);
  return credit !== undefined && WORLD_AGENCIES.has(credit);
}
