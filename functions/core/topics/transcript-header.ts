/**
 * A headline that labels a broadcast's transcript ("CNN NEWSROOM transcript", "BBC Radio 4, Today programme,
 * transcript", "Transcript: Fox News Sunday"): it names the programme the words were spoken on, not the story
 * (wild38b ★7: the CNN header listed mass media .96 first over a hostage handover). The matcher skips such a
 * headline whole (match.ts `NAME_TITLE`); the body's words tell the story. A headline about a transcript has a verb
 * ("Court releases transcripts of interview") or names no broadcast ("Trump call transcript") and keeps its words.
 */
const LABEL_THEN_TRANSCRIPT = /^[^.!?:]{1,60}?[\s,:|-](?:full\s+|rush\s+)?transcripts?\s*[.:)]?\s*$/i;
const TRANSCRIPT_THEN_LABEL = /^\s*transcripts?\s*[:|-]\s*[^.!?]{1,60}$/i;
/** A programme, a channel or a broadcast's kind named in the label. */
const BROADCAST =
  /\b(?:CNN|BBC|NPR|PBS|Fox|MSNBC|ABC|CBS|NBC|Sky|Radio|TV|[Pp]rogram|[Ss]how|NEWS|[Nn]ews|[Pp]odcast|[Ii]nterview|[Bb]riefing)/;
/** A lower-case verb before the word makes the line a headline ("releases", "published", "shows"). */
const VERB = /\b(?:[a-z]+s|[a-z]+ed|are|were|have|will|say|said|show|reveal)\s+(?:\S+\s+){0,4}transcripts?\b/;

/** [start, end) of the headline when it only labels a broadcast's transcript; none otherwise. */
export function transcriptHeader(title: string): [number, number][] {
  if (!/ranscript/i.test(title) || !BROADCAST.test(title) || VERB.test(title)) return [];
  if (!LABEL_THEN_TRANSCRIPT.test(title) && !TRANSCRIPT_THEN_LABEL.test(title)) return [];
  return [[0, title.length]];
}

/**
 * A headline that opens with its piece's kind (wild42 item 17): "Editorial: Congress must pass the farm bill",
 * "EDITORIAL | …", "Our view: …". The label names an opinion piece, not a story about the news media (an "Editorial:"
 * title listed news media .40 and .66); the matcher skips the label, and the rest of the headline keeps its words.
 * "Opinion:", "Analysis:" and "Comment:" hold no lexicon word; "Editor resigns over editorial" is no label.
 */
const OPINION_LABEL = /^\s*(?:[Ee]ditorial|EDITORIAL|[Oo]ur\s+[Vv]iew|OUR\s+VIEW)\s*(?:[:|\u2013\u2014]|-\s)/;

/** [start, end) of the headline's opening label of an opinion piece; none otherwise. */
export function opinionLabel(title: string): [number, number][] {
  const label = OPINION_LABEL.exec(title);
  return label ? [[0, label[0].length]] : [];
}
