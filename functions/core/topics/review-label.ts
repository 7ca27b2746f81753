/**
 * A critic's review labelled in the headline (wild39b ★3): "Film review: 'Warfare' puts you inside an ambush in
 * Iraq", "Book review: a thriller about a bank heist", "'Oppenheimer' review: …", "Warfare review – a harrowing
 * ambush", "Review: 'Marty Supreme' …". A desk files it under the art reviewed, whatever its subject (the war, the
 * bank, the table tennis gave conflict 1.00, banking .89 and table tennis .53 first). A government's, a court's or
 * a defence review is none: its label names no art, and the story has no words of the arts (score.ts asks).
 */

/** The art a label names, by its word (lower case), as the IPTC id of the subtopic a desk files it under. */
const KINDS: ReadonlyMap<string, string> = new Map([
  ['film', 'medtop:20000005'],
  ['movie', 'medtop:20000005'],
  ['documentary', 'medtop:20000005'],
  ['book', 'medtop:20000013'],
  ['novel', 'medtop:20000013'],
  ['poetry', 'medtop:20000013'],
  ['theatre', 'medtop:20000029'],
  ['theater', 'medtop:20000029'],
  ['stage', 'medtop:20000029'],
  ['musical', 'medtop:20000029'],
  ['opera', 'medtop:20000018'],
  ['album', 'medtop:20000018'],
  ['music', 'medtop:20000018'],
  ['concert', 'medtop:20000018'],
  ['gig', 'medtop:20000018'],
  ['dance', 'medtop:20000007'],
  ['ballet', 'medtop:20000007'],
  ['tv', 'medtop:20000051'],
  ['television', 'medtop:20000051'],
  ['art', 'medtop:20000031'],
  ['exhibition', 'medtop:20000031'],
  ['game', 'medtop:20000548'],
]);
/** Arts and entertainment: what a label that names no art ("Review:", "'Sinners' review") is filed under. */
const ARTS_AND_ENTERTAINMENT = 'medtop:20000002';

/** The headline opens with its label: "Film review:", "TV review |", "Warfare review –", "'Oppenheimer' review:". */
const LABEL = /^\s*(?:(.{1,60}?)\s+)?review\s*(?:[:|\u2013\u2014]|-\s)/i;
/** Reviews of no art: of a policy, a case, a year, a budget ("Judicial review:", "Year in review:"). */
const NO_ART =
  /\b(?:judicial|defen[cs]e|spending|strategic|budget|policy|peer|safety|independent|government|public|annual|year|week|month|pay|case|rate|rates|security|price|fiscal|legal|internal|official|rapid|serious|performance|police|inquiry|Fed|court|market|markets|earnings)\b/i;
/** A title in quotes, or in words that each open with a capital or a digit ("Warfare", "The Brutalist"). */
const QUOTED = /^['"\u2018\u201c].+['"\u2019\u201d]$/;
// Words apart by white space: with the space optional every capital could open a word, and a long label in
// capitals that fails at its end took exponential time (read39's first finding: 36 capitals, 42 s).
const TITLE_CASED = /^[A-Z0-9][\w'\u2019.,!?&-]*(?:\s+[A-Z0-9][\w'\u2019.,!?&-]*)*$/;
/** The label's closing mark, left out of the label as written. */
const LABEL_END = /\s*[:|\u2013\u2014-]\s*$/;

/**
 * The subtopic a review labelled in the headline is filed under and the label as written ("Film review"), or
 * undefined. A label that names no art takes a quoted or title-cased work before "review", or "Review:" alone.
 */
/** A work quoted in the headline: "Review: 'Marty Supreme' …", "'Sinners' review". */
const QUOTED_WORK =
  /(?:^|\s)['"\u2018\u201c][^'"\u2019\u201d]{2,80}['"\u2019\u201d](?=[\s:,.!?|\u2013\u2014-]|$)/;

export function reviewInTitle(title: string): { id: string; label: string; quoted: boolean } | undefined {
  const label = LABEL.exec(title);
  if (!label) return undefined;
  const before = label[1]?.trim() ?? '';
  const written = title
    .slice(0, label.index + label[0].length)
    .replace(LABEL_END, '')
    .trim();
  const quoted = QUOTED_WORK.test(title);
  const kind = KINDS.get(before.toLowerCase());
  if (kind) return { id: kind, label: written, quoted };
  if (NO_ART.test(before)) return undefined;
  if (before === '' || QUOTED.test(before) || TITLE_CASED.test(before))
    return { id: ARTS_AND_ENTERTAINMENT, label: written, quoted };
  return undefined;
}
