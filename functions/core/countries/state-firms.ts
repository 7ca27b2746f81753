import { isInInlineDateline } from '../text/dateline.js';
import { fieldOf, type TagDocument, toldIn } from '../text/document.js';
import { sentenceAt } from '../text/sentences.js';
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

/** A deal named after the firm: "Argentina hands Petrobras stake", "Uzbekistan signs Rosatom nuclear deal". */
const DEAL_NOUN_AFTER =
  /^\s+(?:[a-z][\w-]*\s+)?(?:deals?|stakes?|contracts?|agreements?|accords?|pacts?|tenders?)\b/;

/** The firm set to work on a site: "Rosatom began pouring concrete for the Paks II plant in Hungary". */
const WORK_WORD =
  /\b(?:beg[iau]ns?|start(?:s|ed|ing)?|pour(?:s|ed|ing)?|build(?:s|ing)?|built|construct\w*|drill(?:s|ed|ing)?|develop(?:s|ed|ing)?)\b/i;

/**
 * Sports copy: a state firm there is a sponsor or a name in a team's ("Aston Martin Aramco", "the club ended its
 * partnership with Gazprom"), no side of its government's dealings (read31 F1).
 */
const SPONSORSHIP_WORDS =
  /\b(?:Formula One|Grand Prix|[Ss]ponsor\w*|[Ss]hirt|[Cc]lub|[Gg]olf|[Ff]ootball|[Ss]occer|[Tt]ennis|[Cc]ricket|[Rr]ugby)\b/;

/**
 * Whether a firm mention names a state firm that the country filed from deals with in one sentence ("Uzbekistan
 * signed a deal with Rosatom": the country, then the deal word, then the firm, or "Argentina hands Petrobras
 * stake": the deal named right after the firm), or named after the firm and its deal ("Rosatom signed a deal
 * with Uzbekistan") or its work there ("Rosatom began pouring concrete for the Paks II nuclear plant in Hungary"). A deal word alone is no test
 * (read31 F1): nearly every business sentence has one, and a rival named in passing ("Exxon … competes with
 * QatarEnergy and ADNOC to supply Asian buyers") or a sponsor is no side of the filed-from country's deal.
 */
export function isStateDealParty(
  doc: TagDocument,
  m: CountryMention,
  found: readonly CountryMention[],
  datelineCode: string,
): boolean {
  if (!STATE_FIRMS.has(m.text.toLowerCase())) return false;
  if (toldIn(doc, SPONSORSHIP_WORDS)) return false;
  const field = fieldOf(doc, m.field);
  const sentence = sentenceAt(field.sentences, m.start);
  if (sentence === undefined) return false;
  const between = (from: number, to: number) => field.text.slice(from, to);
  return found.some((o) => {
    if (o.code !== datelineCode || o.kind === 'company' || o.field !== m.field) return false;
    if (o.start < sentence.start || o.end > sentence.end) return false;
    if (isInInlineDateline(doc.dateline, o.field, o.start)) return false;
    if (o.end <= m.start) {
      return DEAL_WORD.test(between(o.end, m.start)) || DEAL_NOUN_AFTER.test(between(m.end, sentence.end));
    }
    if (o.start < m.end) return false;
    const gap = between(m.end, o.start);
    return DEAL_WORD.test(gap) || WORK_WORD.test(gap);
  });
}
