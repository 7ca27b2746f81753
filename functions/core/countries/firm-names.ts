import type { Entity } from '../schema.js';
import { fieldOf, type TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * "Cyprus Minerals Co" (DENVER), "Holland Systems Corp" (NEW YORK), "Gibraltar Financial Corp" (LOS ANGELES),
 * "Japan Security Pacific Finance Co Ltd" (LOS ANGELES), "India Globalization Capital Inc" (a Maryland firm): a
 * country's word opening a company's name with its legal form names the company, not the country. Measured
 * (reuters-dev, session 39, pairs39): such names, not the dateline's country, were the country's in the gold 1 time
 * in 35 (17 odd 0 gold, 18 even 1), and put 5 false countries in focus. Read as a home firm (kind 'company', as
 * airlines.ts reads "Turkish Airlines"): filed from another country it gives nothing unless it is a side of a
 * takeover, a deal of its state or sanctions (resolve.ts withoutFirmsAbroad); at home or undated it stands for its
 * country ("SEOUL — Korea Zinc Co said"), and so it is left as it was. Only a legal form ends the name: "China Evergrande
 * Group", "Bank of Japan", "Japan Airlines", "the Japan Fund" are left to their own rules.
 */
const LEGAL_FORM =
  /\b(?:Inc|INC|Corp|CORP|Co|CO|Ltd|LTD|Plc|PLC|plc|Corporation|CORPORATION|Company|COMPANY|Limited|LIMITED|LLC|SA|AG|NV|BV)\.?$/;

export function firmNamesAsFirms(
  doc: TagDocument,
  found: CountryMention[],
  entities: readonly Entity[],
  datelineCode: string | undefined,
): CountryMention[] {
  if (!datelineCode) return found;
  // Filed from another country only: at home and undated the name changes nothing ("<ZAMBIA COPPER INVESTMENTS
  // LTD> JOHANNESBURG"). Only a country named in no other way: "INDIA BUYS RBD OLEIN" over "the India State Trading Corp" is India's.
  const other = new Set<string>();
  const firm = new Set<string>();
  for (const m of found) {
    if (m.kind === 'company' || m.code === datelineCode) continue;
    if (opensFirmName(doc, m, entities)) firm.add(m.code);
    else other.add(m.code);
  }
  for (const code of other) firm.delete(code);
  if (firm.size === 0) return found;
  return found.map((m) => (firm.has(m.code) && m.kind !== 'company' ? { ...m, kind: 'company' } : m));
}

/** Whether an organisation the entity pass found starts with the mention and ends with a legal form. */
function opensFirmName(doc: TagDocument, m: CountryMention, entities: readonly Entity[]): boolean {
  for (const e of entities) {
    if (e.type !== 'organization') continue;
    for (const o of e.mentions)
      if (o.field === m.field && o.start === m.start && o.end > m.end) {
        const name = fieldOf(doc, m.field).text.slice(o.start, o.end);
        if (LEGAL_FORM.test(name)) return true;
      }
  }
  return false;
}
