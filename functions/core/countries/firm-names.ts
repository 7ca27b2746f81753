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
  const names = firmNamesOf(doc, entities);
  for (const m of found) {
    if (m.kind === 'company' || m.code === datelineCode) continue;
    if (opensFirmName(doc, m, names)) firm.add(m.code);
    else other.add(m.code);
  }
  for (const code of other) firm.delete(code);
  if (firm.size === 0) return found;
  return found.map((m) => (firm.has(m.code) && m.kind !== 'company' ? { ...m, kind: 'company' } : m));
}

/** A name the entity pass found for an organisation, and which organisation it names. */
interface FirmName {
  readonly end: number;
  readonly legal: boolean;
  readonly firm: number;
}

/** A legal name's words after its first ones ("Minerals Co" of "Cyprus Minerals Co"), and which firm it names. */
interface LegalName {
  readonly rest: string;
  readonly firm: number;
}

interface FirmNames {
  /** The names that start at an offset of a field ("title:0"). */
  readonly at: ReadonlyMap<string, readonly FirmName[]>;
  /** The legal names by their first word or words, in lower case ("cyprus", "south korea"). */
  readonly opened: ReadonlyMap<string, readonly LegalName[]>;
}

/** At most this many first words of a legal name may be a country's: "South Korea", "United Arab Emirates". */
const MAX_OPENING_WORDS = 3;
const WORD_END = /\s+/g;

/** A name's first words as the index holds them: "New\nZealand" and "NEW ZEALAND" are "new zealand". */
const openingKey = (words: string): string => words.replace(WORD_END, ' ').toLowerCase();

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The organisations' names, read once for all the story's mentions. */
function firmNamesOf(doc: TagDocument, entities: readonly Entity[]): FirmNames {
  const at = new Map<string, FirmName[]>();
  const opened = new Map<string, LegalName[]>();
  for (const [firm, e] of entities.entries()) {
    if (e.type !== 'organization') continue;
    for (const o of e.mentions) {
      const name = fieldOf(doc, o.field).text.slice(o.start, o.end);
      const legal = LEGAL_FORM.test(name);
      pushTo(at, `${o.field}:${o.start}`, { end: o.end, legal, firm });
      if (!legal) continue;
      let words = 0;
      for (const space of name.matchAll(WORD_END)) {
        if (++words > MAX_OPENING_WORDS) break;
        pushTo(opened, openingKey(name.slice(0, space.index)), { rest: name.slice(space.index), firm });
      }
    }
  }
  return { at, opened };
}

/**
 * Whether an organisation the entity pass found starts with the mention and ends with a legal form, or the mention
 * is a short form of such a firm: one the entity pass reads as the same firm ("British Petroleum Co Plc … British
 * Petroleum said", "a stake in Holland Systems Corp … a venture with Holland Systems"), or the firm's first two words,
 * as a headline names it ("CYPRUS MINERALS <CYPM> WINS COAL CONTRACT" over "Cyprus Minerals Co said"; not "INDIA BUYS
 * RBD OLEIN" over "the India State Trading Corp").
 */
function opensFirmName(doc: TagDocument, m: CountryMention, names: FirmNames): boolean {
  const starting = names.at.get(`${m.field}:${m.start}`) ?? NO_NAMES;
  if (starting.some((o) => o.end > m.end && o.legal)) return true;
  // A town's name in a firm's is most often where the firm is: "Cleveland said" may be short for "Cleveland
  // Consulting Associates Inc" and still say where it is.
  if (m.kind === 'city') return false;
  const text = fieldOf(doc, m.field).text;
  const legal = names.opened.get(openingKey(text.slice(m.start, m.end)));
  if (legal === undefined) return false;
  return legal.some(
    (l) => starting.some((o) => o.end >= m.end && o.firm === l.firm) || goesOnWithName(text, m.end, l.rest),
  );
}

const NO_NAMES: readonly FirmName[] = [];
/** The word after the firm's first one: "Minerals" of "Cyprus Minerals Co". */
const NEXT_WORD = /^\s+([A-Za-z][\w&-]*)/;

/**
 * Whether the text goes on after the country's word with the firm name's next word: "CYPRUS MINERALS <CYPM>", "owns
 * 60 pct of Bermuda Star's shares" beside "Bermuda Star Line Inc".
 */
function goesOnWithName(text: string, end: number, rest: string): boolean {
  const next = NEXT_WORD.exec(rest)?.[1];
  if (next === undefined || LEGAL_FORM.test(next)) return false;
  const after = NEXT_WORD.exec(text.slice(end, end + 40))?.[1];
  // In capitals only may the case differ: "China steel output" is no "China Steel Corp".
  return (
    after === next || (after !== undefined && after === after.toUpperCase() && after === next.toUpperCase())
  );
}
