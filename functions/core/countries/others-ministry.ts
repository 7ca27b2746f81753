import type { TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * Whether the unnamed ministry opening a lead (home-government.ts) is another country's, though it stands under
 * the dateline: a regional bureau reports a neighbour's ministry (read32 F19, 5c034b33 put the bureau's country
 * first, tied with the story's):
 * - the ministry is placed in a city or country of another: "KYIV — The defence ministry in Moscow said";
 * - what it says opens with another country's own affairs, and the headline opens with that country and never
 *   names the dateline's: "Iran's crude exports rise / DUBAI — The oil ministry said on Tuesday that Iran's crude
 *   exports rose". Not "Beijing says Japan chip curbs will hurt trade / BEIJING — The commerce ministry said that
 *   Japan's new curbs …" (the headline names the home country), nor a ministry speaking of a foreign country under
 *   a headline that opens with something else ("Ministry says Russia's drone attacks hit power grid", KYIV).
 *   Nor when the story names the dateline's country anywhere past the dateline ("Ukraine's air force said", "the
 *   Odesa region"), nor when the other country's affair is an act on others ("Russia's overnight strikes", "China's
 *   export curbs"): the home ministry reports what was done to its country (read33 F13).
 * `end` is where the ministry's words end in the body.
 */
export function isOthersMinistry(
  doc: TagDocument,
  end: number,
  found: readonly CountryMention[],
  datelineCode: string,
): boolean {
  const text = doc.body.text;
  const other = (at: number) =>
    found.find((m) => m.field === 'body' && m.start === at && m.code !== datelineCode && !m.currency);
  const placed = PLACED_IN.exec(text.slice(end, end + 20));
  if (placed && other(end + placed[0].length)) return true;
  const said = SAID_THAT.exec(text.slice(end, end + 60));
  if (!said) return false;
  const subject = other(end + said[0].length);
  if (!subject || !POSSESSIVE.test(text.slice(subject.end, subject.end + 2))) return false;
  if (ACT_ON_OTHERS.test(text.slice(subject.end + 2, subject.end + 60))) return false;
  const inTitle = found.filter((m) => m.field === 'title').sort((a, b) => a.start - b.start);
  const opener = inTitle[0];
  return (
    opener !== undefined &&
    opener.code === subject.code &&
    TITLE_OPENING.test(doc.title.text.slice(0, opener.start)) &&
    !found.some((m) => m.code === datelineCode && (m.field === 'title' || m.start >= doc.storyStart))
  );
}

// "The defence ministry in Moscow", "The trade ministry in Addis Ababa".
const PLACED_IN = /^\s+in\s+(?:the\s+)?/;
// "said on Tuesday that", "said late on Monday", "said".
const SAID_THAT = /^\s+said(?:\s+(?:late\s+|early\s+)?on\s+[A-Z]\w+)?(?:\s+that)?\s+/;
const POSSESSIVE = /^['\u2019]s/;
// "Russia's overnight strikes", "China's export curbs": what the other country did to someone, most often to the
// dateline's country, whose ministry reports it (read33 F13: KYIV and TOKYO stories put RU and CN first).
const ACT_ON_OTHERS =
  /^\s+(?:[\w-]+\s+){0,3}?(?:strikes?|attacks?|shelling|bombardments?|invasion|offensive|aggression|curbs?|bans?|sanctions|tariffs?|restrictions|blockade|embargo)\b/i;
// Nothing before the country in the headline: "Iran's crude exports rise".
const TITLE_OPENING = /^\s*$/;
