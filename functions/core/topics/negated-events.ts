/**
 * An event the story says did not happen (mendT45, wild45 ★1): police who say "there was no suggestion of terrorism",
 * an airline whose outage "was not the result of a cyber attack", a fire "not caused by arson", a death "not being
 * treated as terror-related", officers who "have ruled out terrorism", "foul play is not suspected". Told this way the
 * word names no crime, no attack and no terrorism; the matcher skips it (match.ts `NAME_OTHER_SENSE`). Police and
 * company copy says this daily, of stories that are about something else (an outage, a death, a fire).
 *
 * The negation must govern the event word itself: a cue ("no evidence of", "not caused by", "ruled out"), then at
 * most a determiner and a few of the event's own adjectives ("no evidence of a deliberate cyber attack"), then the
 * word; further event words joined by "or"/"nor" share it ("no sign of terrorism or foul play"). So an attack that
 * happened keeps its words where only something about it is denied: "Russia denied involvement in the attack", "no
 * group has claimed the attack", "no evidence of a motive for the attack", "not known to counter-terrorism police".
 * A negation itself denied keeps the event: "police have not ruled out terrorism", "cannot rule out arson".
 */

/** The event words this reads (the lexicon's crime, terrorism and cyber crime words), longest spelling first. */
const EVENT = String.raw`(?:acts?\s+of\s+(?:terrorism|terror|sabotage)|terror(?:ism|ist)?(?:[- ](?:related|attacks?|incidents?|plots?|offences?|offenses?|motives?|links?|threats?))?|cyber[- ]?(?:attacks?|incidents?|crime|criminals)|cyberattacks?|(?:ransomware|malicious|hostile|criminal|deliberate)\s+(?:attacks?|activity|act|intent)|ransomware|hack(?:s|ing|ers?)?|data\s+breach|security\s+breach|arson(?:\s+attacks?)?|sabotage|foul\s+play|wrongdoing|criminality|fraud|attacks?)`;

/** The event's own adjectives and determiners, between the cue and the word ("a deliberate", "any wider"). */
const BEFORE_EVENT = String.raw`(?:(?:a|an|any|the|other|such)\s+)?(?:(?:wider|further|deliberate|malicious|external|outside|targeted|coordinated|co-ordinated|organised|organized|planned|suspected|possible|major|serious|criminal|hostile|foreign|state-sponsored|state-backed|third-party|direct)\s+){0,2}`;

/** Further event words sharing the negation: "terrorism or foul play", "arson, sabotage or a cyber attack". */
const MORE_EVENTS = String.raw`(?:\s*,?\s+(?:or|nor)\s+${BEFORE_EVENT}${EVENT}|\s*,\s+${BEFORE_EVENT}${EVENT}(?=\s*,?\s+(?:or|nor)\s))*`;

/**
 * The cues before the event. "No evidence/suggestion/sign/indication of", "no link to"; "not the result of", "not
 * caused by", "not linked to", "not believed to be", "not (being) treated as", "not a", "isn't"; "ruled out"; "no"
 * straight before the word ("no foul play", "no terror link"). Clauses of "that" ("no evidence that the fire was
 * arson") may stand between: a subject of at most two words and a verb of being.
 */
const NO_SIGN = String.raw`\b(?:[Nn]o|[Nn]ot\s+any|[Ww]ithout(?:\s+any)?|[Nn]or\s+any)\s+(?:(?:clear|direct|immediate|obvious|apparent|credible|firm|concrete|hard|real|known|further|other|early|initial)\s+)?(?:evidence|suggestion|suggestions|signs?|indications?|suspicion|hint|trace|reports?|links?|connections?)\s+(?:of|to|with|pointing\s+to|suggesting|to\s+suggest)\s+(?:(?:that\s+)?(?:it|this|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:was|is|were|had\s+been|has\s+been)\s+(?:caused\s+by\s+|the\s+result\s+of\s+|linked\s+to\s+|related\s+to\s+)?)?`;
const NOT_SO = String.raw`(?<!\bor\s)(?:\b[Nn]ot|n't)\s+(?:(?:been|being|be|currently|yet|initially|now|immediately)\s+)*(?:(?:the\s+)?(?:result|work)\s+of\s+|caused\s+by\s+|due\s+to\s+|(?:linked|related|connected|attributed|tied)\s+(?:to|with)\s+|(?:believed|thought|considered|suspected|understood|deemed|assessed)\s+to\s+(?:be|have\s+been)\s+|(?:treated|regarded|investigated)\s+as\s+|part\s+of\s+|involving\s+)?`;
const RULED_OUT = String.raw`\b(?:[Rr]uled|[Rr]ules|[Rr]ule|[Rr]uling)\s+out\s+(?:the\s+(?:possibility|likelihood|prospect)\s+of\s+)?`;
const NO_DIRECTLY = String.raw`\b[Nn]o\s+(?:(?:obvious|apparent|known|evident|suspected|wider)\s+)?`;

/** A cue, then the event (and more joined to it). The cue's own words are group 1's prefix; the events follow. */
const NEGATED = new RegExp(
  String.raw`(?:${NO_SIGN}|${NOT_SO}|${RULED_OUT}|${NO_DIRECTLY})${BEFORE_EVENT}(${EVENT}${MORE_EVENTS})\b(?!\s+(?:groups?|organi[sz]ations?|cells?|networks?|suspects?)\b)`,
  'g',
);
/**
 * The event before its denial: "foul play is not suspected", "terrorism has been ruled out", "arson was not
 * believed to be involved". A denial itself denied keeps the event: "terrorism has not been ruled out".
 */
const DENIED_AFTER = new RegExp(
  String.raw`\b(${EVENT})\s+(?:(?:is|was|are|were|has|had|have)\s+)(?:(?:not|n't)\s+(?:being\s+)?(?:suspected|believed|thought|considered)\b|(?:(?:now|since|also|already|quickly|been)\s+)*(?:been\s+)?ruled\s+out\b)`,
  'gi',
);
/**
 * A ruling out itself denied or put off, earlier in the sentence: "police have not ruled out terrorism", "cannot rule
 * out arson", "it is too early to rule out sabotage", "refused to rule out a cyber attack".
 */
const RULING_OUT_DENIED =
  /(?:\bnot|n't|\bnever|\bcannot|\bunable|\brefus\w*|\bdeclin\w*|\bfail\w*|\btoo\s+early|\btoo\s+soon|\bpremature|\byet\s+to|\breluctant|\bhesitant)\b[^.;!?]*$/i;
const RULING_OUT = /^(?:ruled|rules|rule|ruling)\s/i;
/** One event word, to find each in a run of them joined by "or". */
const ONE_EVENT = new RegExp(String.raw`\b${EVENT}\b`, 'gi');

/**
 * A second cheap gate: a part of one of EVENT's words, which both long patterns need (most articles have none; the
 * patterns, ~10 ms to compile in a fresh process, are then not run: V8 compiles a pattern on first use).
 */
const EVENT_PART =
  /terror|sabotage|cyber|ransomware|malicious|hostile|criminal|deliberate|hack|breach|arson|foul|wrongdoing|fraud|attack/i;
/** A cheap gate: a word of negation at all. */
const NEGATION_WORD = /\b(?:[Nn]o|[Nn]ot|n't|[Ww]ithout|[Nn]or|ruled|rules?|ruling)\b|n't\b/;

/** [start, end) of each event word the text says did not happen, in text order. */
export function negatedEvents(text: string): [number, number][] {
  if (!NEGATION_WORD.test(text) || !EVENT_PART.test(text)) return [];
  const spans: [number, number][] = [];
  NEGATED.lastIndex = 0;
  for (let m = NEGATED.exec(text); m !== null; m = NEGATED.exec(text)) {
    if (RULING_OUT.test(m[0]) && RULING_OUT_DENIED.test(text.slice(Math.max(0, m.index - 60), m.index)))
      continue;
    const events = m[1] ?? '';
    const from = m.index + m[0].length - events.length;
    ONE_EVENT.lastIndex = 0;
    for (let e = ONE_EVENT.exec(events); e !== null; e = ONE_EVENT.exec(events))
      spans.push([from + e.index, from + e.index + e[0].length]);
  }
  DENIED_AFTER.lastIndex = 0;
  for (let m = DENIED_AFTER.exec(text); m !== null; m = DENIED_AFTER.exec(text))
    spans.push([m.index, m.index + (m[1] ?? '').length]);
  return spans.sort((a, b) => a[0] - b[0]).filter((span, i, all) => i === 0 || span[0] !== all[i - 1]?.[0]);
}
