import { isBrandWord, isLowerWord } from './lexicon.js';

/**
 * Words of a company's legal form that follow its name ("Apple Inc", "Samsung Electronics Co Ltd",
 * "BP Plc", "Volkswagen AG"), compared in lower case without periods. Wire stories write them at first
 * mention and most others never do, so an id with them would split one firm in two across articles.
 */
const LEGAL_FORMS = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'ltd',
  'limited',
  'plc',
  'llc',
  'lp',
  'ag',
  'sa',
  'nv',
  'se',
  'spa',
  'gmbh',
  'bv',
  'asa',
  'ab',
  'oyj',
  'kk',
  'pjsc',
  'ojsc',
  'jsc',
  'pte',
  'pty',
  'bhd',
  'berhad',
  'sdn',
  'tbk',
  // South Africa's state-owned company ("Eskom Holdings SOC Ltd"), India's private limited ("Pvt Ltd"), and the
  // bracketed forms of South Africa and Indonesia's state firms ("(Pty) Ltd", "(Persero) Tbk").
  'soc',
  'pvt',
  'persero',
]);

/** Legal forms written in brackets before the last one: "Shoprite Holdings (Pty) Ltd", "PT Pertamina (Persero)". */
const BRACKETED_FORMS = new Set(['pty', 'persero', 'pvt', 'proprietary']);

/** Whether a word in brackets after a firm's name is a legal form ("Pty" of "(Pty) Ltd"). */
export function isBracketedLegalForm(word: string): boolean {
  return BRACKETED_FORMS.has(word.toLowerCase());
}

/** The marks a legal form is written with: "N.V.", "Ltd.,", "(Pty)". */
const FORM_MARKS = /[.,()]/g;

/**
 * Legal forms written before the name, in capitals: Indonesian "PT" (Perseroan Terbatas: "PT Freeport
 * Indonesia", "PT Bank Central Asia") and Russian and Kazakh joint-stock companies ("PJSC Gazprom Neft",
 * "JSC Kazakhstan Temir Zholy", "OAO", "ZAO", "PAO").
 */
const LEGAL_FORM_LEADS = new Set(['PT', 'PJSC', 'JSC', 'OJSC', 'OAO', 'ZAO', 'PAO']);

/** Whether a word opening a name is a legal form written before it ("PT Freeport Indonesia"). */
export function isLegalFormLead(word: string): boolean {
  return LEGAL_FORM_LEADS.has(word);
}

/** Whether a word is a legal form ("Inc", "N.V.", "Ltd."). */
export function isLegalFormWord(word: string): boolean {
  return LEGAL_FORMS.has(word.replace(FORM_MARKS, '').toLowerCase());
}

/**
 * A company's name without the legal-form words at its end, for its id: "Samsung Electronics Co Ltd" →
 * "Samsung Electronics", "Apple Inc" → "Apple", "Shoprite Holdings (Pty) Ltd" → "Shoprite Holdings"; and without a
 * legal form before it ("PT Bank Mandiri" → "Bank Mandiri", as the rest of the news names it). Kept whole when what
 * would remain is one ordinary word that is no brand: "News Corp" is not "News".
 */
export function withoutLegalForm(written: string): string {
  const lead = written.indexOf(' ');
  const name =
    lead > 0 &&
    LEGAL_FORM_LEADS.has(written.slice(0, lead)) &&
    !isLowerWord(written.slice(lead + 1).toLowerCase())
      ? written.slice(lead + 1)
      : written;
  // Most names end in no legal form: one look at the last word before splitting the name.
  const space = name.lastIndexOf(' ');
  if (space < 0 || !isLegalFormWord(name.slice(space + 1))) return name;
  const words = name.split(' ');
  let end = words.length;
  while (end > 1) {
    const last = words[end - 1]!.replace(FORM_MARKS, '').toLowerCase();
    if (last === '&' || last === 'and' ? end < words.length : LEGAL_FORMS.has(last)) end--;
    else break;
  }
  if (end === words.length) return name;
  const rest = words.slice(0, end).join(' ').replace(/,$/, '');
  return end === 1 && isLowerWord(rest.toLowerCase()) && !isBrandWord(rest) ? name : rest;
}
