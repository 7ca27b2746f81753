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
  const inTitle = found.filter((m) => m.field === 'title').sort((a, b) => a.start - b.start);
  const opener = inTitle[0];
  return (
    opener !== undefined &&
    opener.code === subject.code &&
    TITLE_OPENING.test(doc.title.text.slice(0, opener.start)) &&
    !inTitle.some((m) => m.code === datelineCode)
  );
}

// "The defence ministry in Moscow", "The trade ministry in Addis Ababa".
const PLACED_IN = /^\s+in\s+(?:the\s+)?/;
// "said on Tuesday that", "said late on Monday", "said".
const SAID_THAT = /^\s+said(?:\s+(?:late\s+|early\s+)?on\s+[A-Z]\w+)?(?:\s+that)?\s+/;
const POSSESSIVE = /^['\u2019]s/;
// Nothing before the country in the headline: "Iran's crude exports rise".
const TITLE_OPENING = /^\s*$/;
