import { type Handler, Parser, type ParserOptions } from 'htmlparser2';

/**
 * How many elements a reader lets htmlparser2 hold open: a start tag read with this many open is ignored, and
 * its text kept. htmlparser2 keeps its open elements in an array it unshifts, shifts and searches at every
 * tag, so a page nested 200,000 elements deep took 16 s to parse and one of 5 MB (the content cap) minutes,
 * past the ingest timeout; end tags that match nothing searched the whole stack each. Browsers build no
 * deeper than 512 (Blink); feeds and NewsML nest a few dozen.
 */
export const MAX_OPEN_ELEMENTS = 4_096;

/** Asked about each tag htmlparser2 reads (offsets of its name in the source): `false` ignores the tag. */
export interface TagGuards {
  readonly startTag?: (start: number, endIndex: number) => boolean;
  readonly endTag?: (start: number, endIndex: number) => boolean;
}

/**
 * htmlparser2's parser, acting only on the tags its guards let through. `onopentagname` and `onclosetag` are the
 * tokenizer's callbacks, public but marked internal: on an htmlparser2 upgrade, test/unit/input/xml.test.ts and
 * html-parser.test.ts (the limit, ignored end tags) say whether they still mean the same.
 */
export class GuardedParser extends Parser {
  constructor(
    handler: Partial<Handler>,
    options: ParserOptions | undefined,
    private readonly guards: TagGuards,
  ) {
    super(handler, options);
  }

  override onopentagname(start: number, endIndex: number): void {
    if (this.guards.startTag?.(start, endIndex) ?? true) super.onopentagname(start, endIndex);
    // Left alone, the ignored tag's attributes and end (">" or "/>") act on nothing: htmlparser2 ignores a
    // second <form> the same way.
    else this.endIndex = endIndex;
  }

  override onclosetag(start: number, endIndex: number): void {
    if (this.guards.endTag?.(start, endIndex) ?? true) super.onclosetag(start, endIndex);
  }

  /** Whether `name` never stays open (a void element such as <br>), so letting it through keeps no depth. */
  closesAtOnce(name: string): boolean {
    return this.isVoidElement(name);
  }
}
