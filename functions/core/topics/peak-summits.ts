import { type SentencedText, sentenceIndex } from '../text/sentences.js';

/**
 * A summit that is a height, not a meeting (wild43 ★2): climbers who "reached the summit of K2", walkers rescued "near
 * the summit of Ben Nevis", a club back at "the summit of the table", a tower's summit closed to visitors, a tech
 * conference called the "Web Summit" listed diplomacy's summit meetings. A summit is the top of something where its
 * sentence tells of a climb or a height (climbers, an ascent or a descent, a mountain, Mount, Sherpas, hikers, an
 * expedition, a tower), or of a league's table (read43 ★1: no "on the table", no "peak" of prices), and of no meeting: no leaders, talks, hosts, delegates, heads of
 * state or government, ministers or presidents. "Leaders and ministers attended a peace summit at a mountain resort"
 * keeps its meeting. topics49: a stage report's summit is the race's (the peloton, a rider, a breakaway, the yellow jersey,
 * "crossed the summit", "3km from the summit"), and the verb and its climbers ("summited Annapurna", "summiteers") are
 * always a height (they gave summit meetings .69-.74). Not "riders", "oxygen", "slopes" or "gradients" alone: bus
 * riders, a patient's oxygen, "the snowy slopes of Davos" under a summit of leaders (read49 #6). Once a field has a summit of height and no summit of a meeting, its other summits are the same
 * height ("The summit was crowded by noon"). The matcher skips the word there (match.ts `NAME_OTHER_SENSE`).
 */
const SUMMIT = /\b[Ss]ummit(?:s|t?ed|t?ing|eers?)?\b/g;
/** The verb and its climbers ("summited Annapurna", "summiting K2", "summiteers"): a height whatever the sentence says. */
const SUMMIT_CLIMBED = /^.ummit(?:t?ed|t?ing|eers?)$/;
const HEIGHT =
  /\b(?:climbers?|climbing|climb\w*\s+(?:to|up)\s+(?:the\s+)?summit|ascents?|descents?|mountaineer\w*|mountains?|mountainside|volcano(?:es|s)?|crater|expeditions?|Sherpas?|hikers?|trekk(?:ers?|ing)|ramblers?|base\s+camp|glaciers?|altitude|towers?|spire|skyscraper|league\s+table|standings|peloton|cyclists?|breakaways?|yellow\s+jersey|maillot\s+jaune|polka[-\s]dot|Giro|Vuelta|(?:kilomet(?:re|er)s?|km)\s+(?:from|before|to)\s+the\s+summit|(?:crossed|crested|conquered|scaled)\s+the\s+summit|summit\s+(?:push|attempt|ridge)|hairpins?|switchbacks?|summit\s+of\s+the\s+(?:[\w-]+\s+){0,3}?table)\b/i;
/** A mountain by name: "Mount Everest", "Mt. Fuji". */
const MOUNT_NAMED = /\b(?:Mount|Mt\.?)\s+[A-Z]/;
const MEETING =
  /\b(?:leaders?|leaders'|talks|host(?:s|ed|ing)?|delegat(?:es?|ions?)|heads?\s+of\s+(?:state|government)|ministers?|presidents?|prime\s+ministers?|premiers?|chancellors?|diplomat\w*|bilateral|communiqu\w*|declaration|envoys?|allies|G7|G8|G20|NATO|EU|ASEAN|APEC|BRICS|OPEC|sidelines)\b/i;
/** A conference named after its trade ("the Web Summit in Lisbon"), not a meeting of governments. */
const TRADE_SUMMIT =
  /\b(?:Web|Tech|Technology|TechCrunch|Startup|Start-up|Fintech|FinTech|Crypto|Bitcoin|Blockchain|Developers?|Marketing|Digital|Cloud|Gaming|DealBook)\s+(Summit)\b/g;

/**
 * [start, end) of each summit of the field that names a height or a trade's conference, in text order. A sentence is
 * the splitter's (text/sentences.ts, as `sentenceTextAt` gives it), each asked once for its meeting and height words
 * (topics44: before, a cut by punctuation within 400 characters, figurative-words.ts `sentenceAround`).
 */
export function peakSummits({ text, sentences }: SentencedText): [number, number][] {
  if (!text.includes('ummit')) return [];
  const told = new Map<number, { meeting: boolean; height: boolean }>();
  const wordsAt = (at: number) => {
    const index = sentenceIndex(sentences, at);
    let words = told.get(index);
    if (words === undefined) {
      const sentence = sentences[index];
      const said = sentence === undefined ? '' : text.slice(sentence.start, sentence.end);
      words = { meeting: MEETING.test(said), height: HEIGHT.test(said) || MOUNT_NAMED.test(said) };
      told.set(index, words);
    }
    return words;
  };
  const spans: [number, number][] = [];
  TRADE_SUMMIT.lastIndex = 0;
  for (let m = TRADE_SUMMIT.exec(text); m !== null; m = TRADE_SUMMIT.exec(text)) {
    // read43 ★8: the "Tallinn Digital Summit" of EU leaders is a meeting.
    if (wordsAt(m.index).meeting) continue;
    const start = m.index + m[0].length - 6;
    spans.push([start, start + 6]);
  }
  const traded = new Set(spans.map(([s]) => s));
  const others: [number, number][] = [];
  let heights = 0;
  let meetings = 0;
  SUMMIT.lastIndex = 0;
  for (let m = SUMMIT.exec(text); m !== null; m = SUMMIT.exec(text)) {
    if (traded.has(m.index)) continue;
    const span: [number, number] = [m.index, m.index + m[0].length];
    if (SUMMIT_CLIMBED.test(m[0])) {
      heights++;
      spans.push(span);
      continue;
    }
    const { meeting, height } = wordsAt(m.index);
    if (meeting) meetings++;
    else if (height) {
      heights++;
      spans.push(span);
      continue;
    }
    others.push(span);
  }
  if (heights > 0 && meetings === 0) spans.push(...others);
  return spans.sort((a, b) => a[0] - b[0]);
}
