import { fieldOf, type TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * "TASHKENT — Uzbekistan signs Rosatom deal for small reactors", "CAIRO — Egypt signed a deal with Aramco": a state
 * firm (HOME_COMPANIES' state oil, gas, nuclear, power and investment firms) that another country deals with acts
 * for its government, so its home country is a party wherever the story was filed (review31 ★5). A private firm
 * abroad still gives nothing ("LONDON — Sumitomo Bank launched a eurobond", resolve.ts withoutFirmsAbroad).
 */
const STATE_FIRMS: ReadonlySet<string> = new Set(
  [
    'ONGC',
    'NTPC',
    'KenGen',
    'Eskom',
    'Transnet',
    'NNPC',
    'Petronas',
    'Khazanah',
    'Pertamina',
    'Danantara',
    'Viettel',
    'EDF',
    'Sinopec',
    'PetroChina',
    'CNOOC',
    'Cosco',
    'Temasek',
    'Aramco',
    'SABIC',
    "Ma'aden",
    'ADNOC',
    'Mubadala',
    'QatarEnergy',
    'Gazprom',
    'Rosneft',
    'Rosatom',
    'Naftogaz',
    'Ukrenergo',
    'Energoatom',
    'Petrobras',
    'Pemex',
    'Codelco',
    'Ecopetrol',
    'PDVSA',
    'YPF',
    'Sonatrach',
    'Sonangol',
    'Kazatomprom',
    'KazMunayGas',
    'Equinor',
  ].map((name) => name.toLowerCase()),
);

/** A deal the firm is a side of: signed, picked, awarded, bought into, built for. */
const DEAL_WORD =
  /\b(?:deals?|agreements?|contracts?|accords?|pacts?|stakes?|joint\s+venture|partnership|tenders?|pick(?:s|ed)?|chose|chosen|award(?:s|ed)?|sign(?:s|ed)?|buy(?:s|ing)?|bought|acquir\w+|build(?:s|ing)?|built|suppl(?:y|ies|ied))\b/i;

/**
 * Whether a firm mention names a state firm that its sentence (or the headline) makes a side of a deal, or sets
 * to work in the country filed from ("Rosatom began pouring concrete for the Paks II nuclear plant in Hungary").
 */
export function isStateDealParty(
  doc: TagDocument,
  m: CountryMention,
  found: readonly CountryMention[],
  datelineCode: string,
): boolean {
  if (!STATE_FIRMS.has(m.text.toLowerCase())) return false;
  const field = fieldOf(doc, m.field);
  const sentence = field.sentences.find((s) => s.end > m.start);
  if (sentence === undefined) return false;
  if (DEAL_WORD.test(field.text.slice(sentence.start, sentence.end))) return true;
  return found.some(
    (o) =>
      o.code === datelineCode &&
      o.kind !== 'company' &&
      o.field === m.field &&
      o.start >= Math.max(sentence.start, m.end) &&
      o.end <= sentence.end,
  );
}
