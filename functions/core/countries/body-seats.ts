import { fieldOf, type TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * "adopted the pandemic agreement at the World Health Assembly in Geneva", "the IAEA's board meeting in Vienna",
 * "the Geneva-based WMO": a city named in the body only as the seat of an international body, or of its meeting,
 * is where the body sits, not a country of the story (in the headline too: "Geneva-based WMO warns …") (wild39b ★9: a WHO explainer had Switzerland in focus at 1.00
 * and the United States, which left the body, out). Reuters-dev indexes such a seat in 1 of 24 stories that name
 * it so from a dateline elsewhere. A story filed from the seat keeps it (agencies index the dateline: seats.ts),
 * and so does one that names the country otherwise ("Swiss banks", "Switzerland", another Swiss town).
 */
const BODIES_BY_SEAT: ReadonlyMap<string, { readonly code: string; readonly bodies: string }> = new Map([
  [
    'geneva',
    {
      code: 'CH',
      bodies: String.raw`World Health (?:Organi[sz]ation|Assembly)|WHO|UNHCR|World Trade Organi[sz]ation|WTO|International Labour Organi[sz]ation|ILO|(?:UN |U\.N\. )?Human Rights Council|ICRC|UNCTAD|GATT|Gavi|World Meteorological Organi[sz]ation|WMO|World Intellectual Property Organi[sz]ation|WIPO|United Nations|UN|U\.N\.`,
    },
  ],
  [
    'the hague',
    {
      code: 'NL',
      bodies:
        'International Court of Justice|ICJ|International Criminal Court|ICC|Permanent Court of Arbitration|OPCW|World Court',
    },
  ],
  ['vienna', { code: 'AT', bodies: 'International Atomic Energy Agency|IAEA|OPEC|OSCE|UNODC|CTBTO' }],
  [
    'strasbourg',
    {
      code: 'FR',
      bodies: 'European Court of Human Rights|ECHR|European Parliament|Council of Europe',
    },
  ],
]);

/**
 * Up to what the body names before the seat: "the World Health Assembly in ", "the IAEA's board meeting in ", or the
 * body's own clause: "The European Parliament voted 400 to 200 to approve the law on Tuesday in " (review62).
 */
const BODY_SPAN = 160;
const seatPatterns = new Map<string, { readonly before: RegExp; readonly after: RegExp }>();
function patternsOf(seat: string, bodies: string): { readonly before: RegExp; readonly after: RegExp } {
  let patterns = seatPatterns.get(seat);
  if (!patterns) {
    patterns = {
      // Near the body, or further in its own clause: no comma, stop or word opening another clause between.
      before: new RegExp(
        String.raw`\b(?:${bodies})(?![\w-])(?:[^.;!?\n]{0,40}?|(?:(?!\b(?:that|which|who|whose|where|when|while|after|before|because|as|but|and|said|says|told)\b)[^.;!?\n,]){0,120}?)\b(?:in|at)\s+$`,
      ),
      after: new RegExp(String.raw`^-based\s+(?:\w+\s+){0,2}?(?:${bodies})(?![\w-])`),
    };
    seatPatterns.set(seat, patterns);
  }
  return patterns;
}

/** The mentions without those of a body's seat the story names only as where the body sits or meets. */
export function withoutBodySeats(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  datelineCode: string | undefined,
): readonly CountryMention[] {
  let seats: Set<string> | undefined;
  for (const m of mentions) {
    if (m.kind !== 'city') continue;
    const seat = BODIES_BY_SEAT.get(m.text.toLowerCase());
    if (!seat || seat.code !== m.code || seat.code === datelineCode) continue;
    seats ??= new Set();
    seats.add(m.code);
  }
  if (!seats) return mentions;
  const dropped = new Set<string>();
  for (const code of seats) {
    const own = mentions.filter((m) => m.code === code);
    if (own.every((m) => seatsBody(doc, m))) dropped.add(code);
  }
  return dropped.size ? mentions.filter((m) => !dropped.has(m.code)) : mentions;
}

/** Whether a mention is a seat city named right after its body ("the WHO in Geneva") or before it ("Geneva-based"). */
function seatsBody(doc: TagDocument, m: CountryMention): boolean {
  if (m.kind !== 'city') return false;
  const seat = BODIES_BY_SEAT.get(m.text.toLowerCase());
  if (!seat || seat.code !== m.code) return false;
  const text = fieldOf(doc, m.field).text;
  const { before, after } = patternsOf(m.text.toLowerCase(), seat.bodies);
  return (
    before.test(text.slice(Math.max(0, m.start - BODY_SPAN), m.start)) ||
    after.test(text.slice(m.end, m.end + BODY_SPAN))
  );
}
