/**
 * A firm named with the suffix of an American incorporation ("CONAGRA INC", "Gelco Corp", "Apple Inc.", "Walt Disney
 * Co"; not "Co Ltd", the end of Korean and Japanese names, nor "Co-op") or one of
 * the United States' stock markets and regulator ("its Nasdaq debut", "the NYSE", "the S&P 500", "filed with the
 * Securities and Exchange Commission"). Neither names a country, and both appear in every other country's
 * business news (a Tokyo story on "Sony Group Corp" or on a firm listed on Nasdaq is Japan's), so they are read
 * only where nothing else places the story (last-resort.ts). New York's abbreviation opening a headline ("N.Y.
 * SUGAR FREIGHTS", "NY TRADERS SAY …") is read there too: the state codes are read only after a town and a comma
 * ("ALBANY, N.Y."), and nothing else names the market. A comma may stand before "Inc" only ("Apple, Inc."): "NOx,
 * CO and soot" lists gases.
 *
 * The matches are those of one pattern, `FIRM_WORD TAIL | NAMED` read left to right, but found in linear time:
 * tried at every capital of "A.B.C.D.…" or "Borvan-Calder-…", that pattern read to the end of the run each time
 * (200 KB of initials 39 s). A firm's word runs to the end of its run of word letters, dots, hyphens, ampersands
 * and apostrophes (the tail opens with a comma or a space, which the run cannot hold), so every capital of one run
 * ends its word at the same place: the tail is asked once a run.
 */

/** A capitalised word, read to the end of its run: a firm's name before the suffix. */
const FIRM_WORD = /\b[A-Z][\w&'.-]*/g;
/** The incorporation suffix after a firm's word; group 1 is the suffix. */
const FIRM_TAIL =
  /(?:,?\s+(?=INC|Inc)|\s+)(INC|Inc|CORP|Corp|CO|Co)\b(?!-|\.?,?\s+(?:LTD|Ltd|Limited|LIMITED)\b)/y;
/** Whether a text may hold a firm's suffix at all: the tail needs white space before the suffix. */
const MAY_HOLD_FIRM = /\s(?:INC|Inc|CORP|Corp|CO|Co)\b/;
/** A market, its index or regulator (group 1), or New York's abbreviation with its dots (group 2). */
const NAMED =
  /\b(Nasdaq|NASDAQ|NYSE|Dow Jones|DOW JONES|S&P 500|Securities and Exchange Commission|NY)\b|\b(N\.Y\.)(?!\w)/g;

/** One cue: where it starts, all it matched, and the cue word (for a firm, its suffix). */
export interface MarketCue {
  readonly index: number;
  readonly text: string;
  readonly cue: string;
  /** True for a firm's suffix, false for a market or New York. */
  readonly firm: boolean;
}

/** The firm's name and suffix that starts first at or after `from`, or undefined. */
function nextFirm(text: string, from: number): MarketCue | undefined {
  FIRM_WORD.lastIndex = from;
  for (let word = FIRM_WORD.exec(text); word; word = FIRM_WORD.exec(text)) {
    // Every later capital of this run ends its word at the same place, so it meets the same tail.
    FIRM_TAIL.lastIndex = FIRM_WORD.lastIndex;
    const tail = FIRM_TAIL.exec(text);
    if (tail) return { index: word.index, text: word[0] + tail[0], cue: tail[1]!, firm: true };
  }
  return undefined;
}

/** The market or New York named first at or after `from`, or undefined. */
function nextNamed(text: string, from: number): MarketCue | undefined {
  NAMED.lastIndex = from;
  const hit = NAMED.exec(text);
  return hit ? { index: hit.index, text: hit[0], cue: (hit[1] ?? hit[2])!, firm: false } : undefined;
}

/**
 * The cues in the text, left to right and not overlapping. Where a firm and a market start at the same place
 * the firm is read, as the single pattern tried its firm first.
 */
export function usMarketCues(text: string): MarketCue[] {
  const cues: MarketCue[] = [];
  const mayHoldFirm = MAY_HOLD_FIRM.test(text);
  let firm = mayHoldFirm ? nextFirm(text, 0) : undefined;
  let named = nextNamed(text, 0);
  while (firm || named) {
    const cue = firm && (!named || firm.index <= named.index) ? firm : named!;
    cues.push(cue);
    const end = cue.index + cue.text.length;
    if (firm && firm.index < end) firm = nextFirm(text, end);
    if (named && named.index < end) named = nextNamed(text, end);
  }
  return cues;
}
