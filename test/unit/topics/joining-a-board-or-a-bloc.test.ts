import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { firstTopLevel } from './topic-ids.js';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('topics34 (read33 F7): only a state joining a bloc in the headline puts the bloc first', () => {
  it("leaves a billionaire who joins an oil company's board with business, though the bloc is named", () => {
    const topics = topicsOf(
      "Nigeria's Dangote joins Saudi Aramco board as member",
      'LAGOS - Nigerian billionaire Aliko Dangote has joined the board of Saudi Aramco as an independent member, the oil company said. He also chairs a business council set up by ECOWAS.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.economy);
  });

  it("leaves a banker who joins the World Bank's advisory board with business", () => {
    const topics = topicsOf(
      'Banker joins World Bank advisory board as member',
      'WASHINGTON - The World Bank said a former Goldman Sachs banker had joined its private sector advisory board as a member. The board advises the bank on drawing private money into development projects.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.economy);
  });

  it('files a state that rejoins the West African bloc under politics before its iron ore and fish', () => {
    const topics = topicsOf(
      'Mauritania rejoins ECOWAS two decades after leaving bloc',
      'NOUAKCHOTT - Mauritania on Friday rejoined the Economic Community of West African States, 24 years after it left the bloc. The country exports iron ore and fish and hopes for lower tariffs on trade with its neighbours.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
  });
});
