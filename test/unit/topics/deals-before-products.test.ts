import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { firstTopLevel } from './topic-ids.js';

describe('a firm bought in the headline is business news first', () => {
  it("files a games publisher's stake in a rival under business before games", () => {
    const title = 'Games maker EA buys stake in Ubisoft';
    const body =
      "Electronic Arts, the world's biggest video games publisher, has bought a 19.9% stake in French rival Ubisoft, sparking fears of a hostile takeover. Ubisoft, maker of the Prince of Persia and Splinter Cell titles, said the move was unfriendly and that it had not been consulted. EA said it had no plans to make a bid.";

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.economy);
  });

  it("files a chipmaker's takeover of a sensor firm under business before chips", () => {
    const title = 'Chipmaker Veltron agrees takeover of sensor firm Optix';
    const body =
      "Veltron, which designs graphics chips and processors for laptops and servers, agreed on Monday to buy Optix, a maker of image sensors for smartphones, for $2.1 billion in cash. The acquisition gives Veltron a foothold in camera chips; Optix's software and semiconductor patents were the main prize, analysts said.";

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.economy);
  });

  it('keeps a player who buys land inside a game a games story', () => {
    const title = 'Player buys $40,000 island in online game';
    const body =
      'A 31-year-old gamer has spent $40,000 on a virtual island in Starhaven, an online role-playing game run by the Swedish developer Nordvik Games AB, the biggest acquisition of virtual land in the game so far. Gamers buy and sell virtual items in the game for real money.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.science);
  });

  it('keeps a club that buys a striker a sports story', () => {
    const title = 'Rovers buy striker from Leeds';
    const body =
      'Blackburn Rovers have bought striker Sam Hale from Leeds for 4 million pounds, the Championship club said on Friday. Hale scored 14 goals last season and joins on a three-year contract.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.sport);
  });
});
