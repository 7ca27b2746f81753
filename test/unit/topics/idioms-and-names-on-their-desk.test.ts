import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { firstTopLevel, ids } from './topic-ids.js';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('mendT29 (read29 F-j): idioms and names are no accident, festival or volcano', () => {
  it("reads an economy's crash landing as no air accident, a jet's as one", () => {
    const economy = topicsOf(
      'Analysts see crash landing for housing',
      "Vietnam's housing market risks a crash landing next year as builders struggle to refinance loans, analysts said on Tuesday.",
    );
    const jet = topicsOf(
      'Jet makes crash landing in a field',
      'A passenger jet carrying 160 people made a crash landing in a wheat field near Kostana on Thursday after both engines failed, the airline said. All passengers survived.',
    );

    expect(ids(economy)).not.toContain(TOP_LEVEL.disaster);
    expect(firstTopLevel(jet)).toBe(TOP_LEVEL.disaster);
  });

  it('reads talks that ran aground and hit-and-run raids as no shipwreck or road accident', () => {
    const talks = topicsOf(
      'Truce talks stall',
      'Truce talks between the two governments ran aground on Wednesday over the return of prisoners, the mediators said.',
    );
    const raids = topicsOf(
      'Rebels attack border posts',
      'Rebels carried out hit-and-run raids on army posts along the border overnight, the military said.',
    );

    expect(ids(talks)).not.toContain(TOP_LEVEL.disaster);
    expect(ids(raids)).not.toContain(TOP_LEVEL.disaster);
  });

  it('reads a flat in Tribeca and the Golden Bear of golf as no film festival, a phone maker named Lava as no volcano', () => {
    const flat = topicsOf(
      'Loft sells for record',
      'A loft in Tribeca sold for $31 million, a record for the Manhattan neighbourhood, brokers said. Luxury home sales rose 7% in the quarter.',
    );
    const golf = topicsOf(
      'Park wins the Memorial',
      'Danny Park won the Memorial Tournament on Sunday and was handed the trophy by the Golden Bear himself, Jack Nicklaus.',
    );
    const phone = topicsOf(
      'Lava unveils budget 5G phone',
      'Handset maker Lava International launched a 5G smartphone priced under 9,000 rupees on Tuesday, hoping to win buyers back from Chinese brands.',
    );

    expect(ids(flat)).not.toContain(TOP_LEVEL.arts);
    expect(ids(golf)).not.toContain(TOP_LEVEL.arts);
    expect(ids(phone)).not.toContain(TOP_LEVEL.disaster);
  });

  it('still files a film that won at Tribeca under the arts and lava from a volcano as a disaster', () => {
    const film = topicsOf(
      'Documentary wins at Tribeca',
      "A documentary about a Detroit jazz club won the top prize at the Tribeca Film Festival on Thursday, the festival's jury said.",
    );
    const lava = topicsOf(
      'Lava engulfs homes',
      'Lava from the volcano engulfed 200 more homes on Tuesday as the eruption entered its third week, officials said.',
    );

    expect(firstTopLevel(film)).toBe(TOP_LEVEL.arts);
    expect(firstTopLevel(lava)).toBe(TOP_LEVEL.disaster);
  });
});
