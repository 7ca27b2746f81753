import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

// Towns and regions no list knows, told by where news writes them (session 56, place56): after a place and a
// comma, at a point of the compass, at the other end of a way from a place the lists know. Names are invented.
const typeOf = (body: string, text: string, title = '') =>
  entitiesOf(body, title).find((e) => e.mentions.some((m) => m.text === text))?.type;

describe('places after places', () => {
  it('reads a name after a place and a comma, ending its clause, as the larger place', () => {
    expect(typeOf('The senator spoke at a campaign stop in Dravik, Morvale.', 'Morvale', 'Campaign')).toBe(
      'place',
    );
    expect(typeOf('The firm is based in Brezen, Lusavia, and employs 300.', 'Lusavia', 'Jobs')).toBe('place');
  });

  it("reads the region after a dateline's town as a place", () => {
    const reuters =
      'KELMORA, Dravenia, Dec 7 (Reuters) - The regional council approved the budget on Monday.';
    const ap = 'KELMORA, Dravenia (AP) - The regional council approved the budget on Monday.';

    expect(typeOf(reuters, 'Dravenia', 'Council approves budget')).toBe('place');
    expect(typeOf(ap, 'Dravenia', 'Council approves budget')).toBe('place');
  });

  it('leaves a name that goes on into its own clause alone', () => {
    expect(typeOf('In Paris, Kelvane said profits rose by a tenth.', 'Kelvane', 'Results')).not.toBe('place');
  });

  it('leaves a body described after it, a short form and a speaker on the next line alone', () => {
    const members = 'Members include Trelvik Grain, based in Lyon, Dorvane, of Marseille, and others.';
    const advisers = 'The advisers are Banque Kelvane de France, BKF, and Morgan Stanley.';
    const speaker = 'The plant stands near Lyon in southern France, Dravik\nsaid on Monday.';

    expect(typeOf(members, 'Dorvane', 'Co-ops')).not.toBe('place');
    expect(typeOf(advisers, 'BKF', 'Sale')).not.toBe('place');
    expect(typeOf(speaker, 'Dravik', 'Plant')).not.toBe('place');
  });

  it("leaves a line-up's players after a player named like a town alone", () => {
    expect(typeOf('Kelvane: Moss; Jackson, Dravik; Hale, Price.', 'Dravik', 'Team news')).not.toBe('place');
  });

  it('leaves the first of a list of names going on to "and" a name alone', () => {
    const brokers =
      'Buying is likely to come from Egypt and India,\nDorvane, Hale and\nPenrose said in their weekly report.';

    expect(typeOf(brokers, 'Dorvane', 'Grain prices')).not.toBe('place');
  });

  it('leaves the next item of a list after a label or another item alone', () => {
    const label = 'Kelvane win 3-1 on penalties.\n\nHale, Price, Moss. Subs Not Used: Warrington, Morvane.\n';
    const items = 'Kelvane win 3-1 on penalties.\n\nHale, Price, Moss, Warrington, Morvane.\n';

    expect(typeOf(label, 'Morvane', 'Kelvane 1-1 Dorch')).not.toBe('place');
    expect(typeOf(items, 'Morvane', 'Kelvane 1-1 Dorch')).not.toBe('place');
  });

  it('leaves a person whose given name the lists know alone', () => {
    expect(typeOf('Speaking in London, John Dravik.', 'John Dravik', 'Talks')).not.toBe('place');
  });
});

describe('compass points and ways from known places', () => {
  it('reads a name after a point of the compass and "of" as a place', () => {
    expect(typeOf('Fighting raged north of Kelmora on Monday.', 'Kelmora', 'War')).toBe('place');
    expect(typeOf('The village lies 40 km south-west of Dravik.', 'Dravik', 'Quake')).toBe('place');
  });

  it('reads the other end of a way from or to a place the lists know as a place', () => {
    expect(
      typeOf('They were barred from travelling from the West Bank to Kelmora.', 'Kelmora', 'Curbs'),
    ).toBe('place');
    expect(typeOf('The family moved from Dravik to Lyon in 1990.', 'Dravik', 'Profile')).toBe('place');
  });

  it('reads a town at the end of its sentence as a place as it does inside one', () => {
    expect(typeOf('Napoleon entered Brahargu.', 'Brahargu', 'History')).toBe('place');
    expect(typeOf('The army pulled out of Kelmora.', 'Kelmora', 'War')).toBe('place');
  });

  it('leaves a name before a noun after a compass point alone', () => {
    expect(typeOf('Sales were well south of Kelvane forecasts this year.', 'Kelvane', 'Results')).not.toBe(
      'place',
    );
  });
});

describe('sees', () => {
  it('reads the town of an archbishop or a bishop as a place', () => {
    expect(
      typeOf('Lucas Brandt, who became archbishop of Trelvik in 1972, died.', 'Trelvik', 'Obituary'),
    ).toBe('place');
    expect(typeOf('The Bishop of Trelvik said the church would help.', 'Trelvik', 'Appeal')).toBe('place');
  });
});

describe('a headline gluing a surname to a town no list knows', () => {
  it('splits the town off when the story writes it after "in"', () => {
    const body =
      'Council backs Kovar Dravik rebuilding plan .\nGovernor Elena Kovar presented the plan on Monday .\n' +
      'Kovar said work in Dravik would start in the spring .';
    const entities = entitiesOf(body, '');

    expect(entities.find((e) => e.name === 'Dravik')?.type).toBe('place');
    expect(entities.find((e) => e.name === 'Elena Kovar')?.type).toBe('person');
  });

  it('leaves the run whole when the story never writes the word as a place', () => {
    const body =
      'Council backs Kovar Dravik rebuilding plan .\nGovernor Elena Kovar presented the plan on Monday .';

    expect(entitiesOf(body, '').some((e) => e.name === 'Dravik' && e.type === 'place')).toBe(false);
  });
});
