import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { ids } from './topic-ids.js';

const MERGER = 'medtop:20000204';
const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe("topics34 (read33 F10): a film studio's takeover bidders make a merger; an auction's do not", () => {
  it('lists the merger for a bidding war for a film studio where the films lead', () => {
    const topics = topicsOf(
      'Bidding war for Warner Bros studio heats up as Comcast joins',
      "NEW YORK - Comcast has joined the bidding for Warner Bros Discovery's film studio and streaming business, setting up a bidding war with Paramount and Netflix. The studio behind the Harry Potter and Batman films could fetch $60 billion. Bidders have until next week to submit final offers.",
    );

    expect(ids(topics)).toContain(MERGER);
  });

  it('lists the merger for bidders in the sale of a studio', () => {
    const topics = topicsOf(
      "Studio behind 'Dune' draws bidders as owners weigh options",
      'LOS ANGELES - Legendary Entertainment, the film studio behind Dune and Godzilla, has drawn interest from several bidders as its owners explore a sale of the studio. Dune: Part Two took $700 million at the box office.',
    );

    expect(ids(topics)).toContain(MERGER);
  });

  it('lists no merger for the bidders of a mural at auction', () => {
    const topics = topicsOf(
      'Bidders battle for Banksy mural at London auction',
      "LONDON - A Banksy mural sold for 3.4 million pounds at Christie's after a bidding war between four bidders on the phone and in the room. Bidding for the work opened at 1 million pounds.",
    );

    expect(ids(topics)).not.toContain(MERGER);
  });
});
