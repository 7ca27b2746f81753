import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { ids } from './topic-ids.js';

const MERGER_OR_ACQUISITION = 'medtop:20000204';

const topicsOf = (title: string, body: string): Topic[] => tagArticle({ title, body }).topics;

describe("a firm's part sold is not the markets' or the sales desk's words (read24 F11)", () => {
  it('gives no deal to buying and selling interest in a commodity market report', () => {
    const topics = topicsOf(
      'Copper firms on buying interest',
      'LONDON - Copper prices rose on Wednesday as renewed buying interest from Chinese fabricators and a softer ' +
        'dollar lifted the metal. Three-month copper was up 1.1 percent at $9,420 a tonne. Selling interest ' +
        'capped gains near $9,480, brokers said.',
    );

    expect(ids(topics)).not.toContain(MERGER_OR_ACQUISITION);
  });

  it('gives no deal to a carmaker counting the units it sold', () => {
    const topics = topicsOf(
      'Carmaker sales climb',
      'TOKYO - Marunaka Motor sold 2.4 million units worldwide in the first half, up 5 percent from a year ' +
        'earlier, the company said on Thursday, helped by demand for hybrids in North America.',
    );

    expect(ids(topics)).not.toContain(MERGER_OR_ACQUISITION);
  });

  it('gives no deal to a food firm that sells plant-based products', () => {
    const topics = topicsOf(
      'Meat-free maker cuts outlook',
      'CHICAGO - Greenfield Foods, which sells plant-based sausages and burgers to supermarkets, cut its annual ' +
        'revenue forecast on Tuesday as demand slowed. Its shares fell 9 percent in extended trading.',
    );

    expect(ids(topics)).not.toContain(MERGER_OR_ACQUISITION);
  });

  it('still files a firm selling its unit, its plant or an interest under merger or acquisition', () => {
    const unit = topicsOf(
      'Marunaka Motor to sell unit',
      'TOKYO - Marunaka Motor said on Thursday it would sell its parts unit to a private equity fund for ' +
        '120 billion yen, and use the money to pay down debt.',
    );
    const plant = topicsOf(
      'Greenfield Foods sells plant',
      'CHICAGO - Greenfield Foods said on Tuesday it sold its Iowa meat-packing plant to Harlan Packers for ' +
        'about 60 million dollars in cash, and would cut 300 jobs.',
    );
    const interest = topicsOf(
      'Miner sells interest in copper mine',
      'SANTIAGO - Andes Copper said on Monday it sold its 25 percent interest in the Cerro Azul copper mine to a ' +
        'Japanese trading house for 410 million dollars.',
    );

    expect(ids(unit)).toContain(MERGER_OR_ACQUISITION);
    expect(ids(plant)).toContain(MERGER_OR_ACQUISITION);
    expect(ids(interest)).toContain(MERGER_OR_ACQUISITION);
  });
});
