/**
 * Words only Britain's home copy writes, which name no place: a sterling amount ("£15bn of spending cuts", "a £2m
 * grant") and the council tax every English, Welsh and Scottish household pays ("will pay 5% more council tax"). A
 * story of Westminster's budget or a town hall's names no town and no country, and these say whose it is. Other
 * countries' news writes them too when it reports on Britain or prices a British deal, so, as the American market cues
 * are, they are read only where nothing else places the story (last-resort.ts). Not "E£" or "L£" (Egypt's and
 * Lebanon's pounds): the sign stands alone before its figure.
 */
const BRITISH_COPY =
  /(?<![A-Za-z0-9])\u00a3\s?\d(?:[\d.,]*\d)?(?:\s?(?:bn|m|billion|million)\b)?|\bcouncil tax\b/gi;
/** Whether a text may hold a cue at all. */
const MAY_HOLD = /\u00a3|council tax/i;

/** One cue: where it starts and what it matched. */
export interface BritishCopyCue {
  readonly index: number;
  readonly text: string;
}

/** The cues of British home copy in a text, left to right. */
export function britishCopyCues(text: string): BritishCopyCue[] {
  if (!MAY_HOLD.test(text)) return [];
  return [...text.matchAll(BRITISH_COPY)].map((hit) => ({ index: hit.index, text: hit[0] }));
}
