import { type TagDocument, toldIn } from '../text/document.js';

/**
 * Words of ships and the sea. Piracy beside them is the crime at sea ("pirates boarded the tanker"); without
 * them it is copied films, music and software, the technology desk's word (read27 F8).
 */
const SEA =
  /\b(?:ships?|vessels?|tankers?|freighters?|cargo|boats?|yachts?|trawlers?|seas?|maritime|naval|navy|coastguards?|coast|straits?|gulf|waters|sailors?|seafarers?|hijack(?:s|ed|ing|ers?)?)\b/i;
/** The copying sense is written in lower case; a club's "Pirates" is capitalised. */
const COPIED = /\bpira(?:cy|ted|tes?)\b/;

function seaNamed(doc: TagDocument): boolean {
  return toldIn(doc, SEA);
}

/** Piracy in a story of ships or the sea: the only story where the word is crime. */
export function piracyAtSea(doc: TagDocument): boolean {
  return seaNamed(doc);
}

/**
 * Piracy written in lower case in a story with no ship or sea: copied works, kept by science and technology
 * even where the lawsuits of a piracy story make crime lead.
 */
export function piracyOffSea(doc: TagDocument): boolean {
  return toldIn(doc, COPIED) && !seaNamed(doc);
}
