import { isListedOwnOffice } from '../countries/own-offices.js';
import { PAST_HEAD_TITLES } from './world-leaders.js';

const PRIME = 'Prime Minister|Premier|PM';

/**
 * The titles news writes before the surname alone of listed newsmakers whose surname newsmakers.ts leaves
 * out as common ("Prime Minister Albanese", "Fed Chair Powell", "BoE Governor Bailey", "Premier Li"):
 * heads of government and state and central bankers, by the rows' first names. Ministers' portfolios are
 * countries/own-offices.ts's ("Foreign Minister Wang", "Treasurer Chalmers"). Offices past and present:
 * news goes on naming the former one ("former Prime Minister Abe").
 */
const HEAD_TITLES: Readonly<Record<string, string>> = {
  'Anthony Albanese': PRIME,
  'Mark Carney': PRIME,
  'Shinzo Abe': PRIME,
  'Shehbaz Sharif': PRIME,
  'Lawrence Wong': PRIME,
  'Mette Frederiksen': PRIME,
  'Andrew Holness': PRIME,
  'Micheal Martin': `Taoiseach|${PRIME}`,
  'Li Qiang': PRIME,
  'Lee Jae-myung': 'President',
  'Yoon Suk Yeol': 'President',
  'Lai Ching-te': 'President',
  'Gustavo Petro': 'President',
  'Isaac Herzog': 'President',
  'Petr Pavel': 'President',
  'Andrzej Duda': 'President',
  'Jerome Powell': 'Chair|Chairman',
  'Kazuo Ueda': 'Governor',
  'Andrew Bailey': 'Governor',
  'Rachel Reeves': 'Chancellor',
  ...PAST_HEAD_TITLES,
};

/** A lesser office the title only qualifies: "Deputy Prime Minister ", "Vice Foreign Minister ", "Lieutenant Governor ". */
const LESSER_BEFORE = /\b(?:Deputy|Vice|Lieutenant|Lt\.|Assistant|Acting)[ -](?:[A-Z][A-Za-z.]*\s+){1,3}$/;

/** Compiled title patterns, by listed name, made at the first question. */
const patterns = new Map<string, RegExp>();

/**
 * Whether `before` (the text right before a surname) ends in the title of `listed`'s office, with no lesser
 * office's word before it ("Prime Minister " for Anthony Albanese, not "Deputy Prime Minister ").
 */
export function fitsListedOffice(listed: string, before: string): boolean {
  if (LESSER_BEFORE.test(before)) return false;
  if (isListedOwnOffice(listed, before)) return true;
  const titles = HEAD_TITLES[listed];
  if (titles === undefined) return false;
  let pattern = patterns.get(listed);
  if (pattern === undefined) {
    pattern = new RegExp(`(?:^|[^A-Za-z])(?:${titles})\\s+$`);
    patterns.set(listed, pattern);
  }
  return pattern.test(before);
}
