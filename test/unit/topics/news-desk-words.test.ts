import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { topicIds } from './topic-ids.js';

const ARTS = 'medtop:01000000';
const ECONOMY = 'medtop:04000000';
const ENVIRONMENT = 'medtop:06000000';
const HEALTH = 'medtop:07000000';
const HUMAN_INTEREST = 'medtop:08000000';
const LIFESTYLE = 'medtop:10000000';
const SOCIETY = 'medtop:14000000';
const SPORT = 'medtop:15000000';
const ATHLETICS = 'medtop:20000827';
const ARMED_FORCES = 'medtop:20000599';

const MARKETS = 'medtop:20000385';
const SCIENCE = 'medtop:13000000';
const LITERATURE = 'medtop:20000013';
const COUP = 'medtop:20000070';
const SPACE_EXPLORATION = 'medtop:20000739';

const topLevel = (title: string, body: string) => topicIds(title, body).find((id) => id.endsWith('000000'));
const evidenceUnder = (title: string, body: string, id: string) =>
  tagArticle({ title, body }).topics.find((t) => t.id === id)?.evidence ?? [];

describe('words a news desk reads by their context', () => {
  it('does not read a planet orbiting its star as film news', () => {
    const topics = topicIds(
      'Telescope finds water vapour on a distant planet',
      'Astronomers have found water vapour in the atmosphere of a planet orbiting a small red star 120 ' +
        'light years away. The planet passes in front of its star every 33 days, the researchers said.',
    );

    expect(topics).not.toContain(ARTS);
  });

  it('does not read hospitals that have run out of medicine as cricket', () => {
    const topics = topicIds(
      'Hospitals short of medicine as outbreak spreads',
      'Hospitals in the region have run out of antibiotics and intravenous fluids as a typhoid outbreak ' +
        'spreads, doctors said, and clinics are turning patients away.',
    );

    expect(topics).not.toContain(SPORT);
  });

  it('does not read a marathon debate in parliament as athletics', () => {
    const topics = topicIds(
      'Budget passes after marathon debate',
      'The parliament passed the budget early on Friday after a marathon debate, with the governing ' +
        'coalition voting in favour and the opposition against.',
    );

    expect(topics).not.toContain(ATHLETICS);
  });

  it('does not read marine biologists as the marines', () => {
    const { topics } = tagArticle({
      title: 'Seagrass meadows recovering, study finds',
      body:
        'Marine biologists say seagrass meadows off the south coast are recovering after a ban on ' +
        'anchoring, with seahorses and cuttlefish returning to the bay.',
    });

    expect(topics.flatMap((t) => t.evidence ?? [])).not.toContain('marine');
    expect(topics.map((t) => t.id)).not.toContain(ARMED_FORCES);
  });
});

describe('news-desk vocabulary', () => {
  it('reads the Amazon rainforest as nature, not as the online retailer', () => {
    const title = 'Fires in the Amazon rainforest rise again';
    const body =
      'Fires in the Amazon rainforest rose by a third this year, satellite data show, as drought dried ' +
      'out the forest. Scientists said the Amazon region could reach a tipping point.';

    expect(evidenceUnder(title, body, ECONOMY)).not.toContain('Amazon');
    expect(topLevel(title, body)).toBe(ENVIRONMENT);
  });

  it('reads assisted dying as a question for society', () => {
    const title = 'Assisted dying law comes into force';
    const body =
      'Terminally ill adults can now ask doctors for help to end their lives under an assisted dying law ' +
      'that came into force on Monday, after years of campaigning by families.';

    expect(evidenceUnder(title, body, SOCIETY)).toContain('assisted dying');
  });

  it('reads bird flu found on dairy farms as health news first', () => {
    const title = 'Bird flu found in dairy cattle on more farms';
    const body =
      'The H5N1 virus has been found in dairy cattle in two more states, agriculture officials said, and a ' +
      'farm worker has tested positive. Health officials said the risk to the public remained low.';

    expect(topLevel(title, body)).toBe(HEALTH);
  });

  it('reads a guide to walking routes as lifestyle and leisure', () => {
    const title = 'Ten autumn walks in the hills';
    const body =
      'Our guide picks ten walking routes, from a lakeside stroll to a full day on the fells. Most start ' +
      'from a village with a cafe and a pub, and several suit families with dogs. Cottages are cheaper ' +
      'outside the school holidays, so a weekend away costs less in October.';

    expect(topLevel(title, body)).toBe(LIFESTYLE);
  });
});

describe('everyday words that sport and markets borrow', () => {
  it('does not read a man matched to a donor or a plan to tackle waiting lists as sport', () => {
    const topics = topicIds(
      'Kidney patient matched with donor after five years',
      'A man who waited five years for a kidney has been matched with a donor, as the health service ' +
        'sets out a plan to tackle waiting lists. Doctors said tackling the backlog would take years.',
    );

    expect(topics).not.toContain(SPORT);
  });

  it('does not read office space or an indoor smoking ban as science or athletics', () => {
    const topics = topicIds(
      'Firms cut office space as staff work from home',
      'Companies are cutting office space as staff work from home two days a week, and landlords are ' +
        'turning empty floors into flats. An indoor smoking ban has also changed how offices are used.',
    );

    expect(topics).not.toContain(SCIENCE);
    expect(topics).not.toContain(ATHLETICS);
  });

  it('does not read sales that rocketed as space exploration', () => {
    const topics = topicIds(
      'Sales of heat pumps rocketed last year',
      'Sales of heat pumps rocketed by 60% last year as households sought cheaper heating, the trade ' +
        'body said, and installers struggled to keep up with demand.',
    );

    expect(topics).not.toContain(SPACE_EXPLORATION);
  });

  it('does not read a climate finance goal as football', () => {
    const topics = topicIds(
      'Climate talks set new finance goal',
      'Negotiators at the UN climate summit agreed a new goal for climate finance on Sunday: rich countries ' +
        'will provide $300bn a year by 2035 to help poorer nations cut emissions and adapt to warming.',
    );

    expect(topics).not.toContain(SPORT);
  });

  it('does not read the stock of a soup as the stock market', () => {
    const topics = topicIds(
      'A warming soup for autumn',
      'Soften an onion and garlic in butter, add the squash and a litre of chicken stock, and simmer for ' +
        'twenty minutes. Blend until smooth and serve the soup with crusty bread.',
    );

    expect(topics).not.toContain(MARKETS);
    expect(topics[0]).toBe(LIFESTYLE);
  });
});

describe('words that only share a stem with a topic word', () => {
  it('does not read holiday bookings as books', () => {
    const topics = topicIds(
      'Summer holiday bookings soar',
      'Bookings for summer holidays in Spain and Greece are at record levels, travel agents say, and ' +
        'families who booked early paid less.',
    );

    expect(topics).not.toContain(LITERATURE);
  });

  it('does not read a prime minister ousted in a confidence vote as a coup', () => {
    const topics = topicIds(
      'Prime minister ousted in confidence vote',
      'The prime minister lost a confidence vote in parliament on Monday, bringing down the government ' +
        'after nine months in office. The president must now name a successor.',
    );

    expect(topics).not.toContain(COUP);
  });
});

describe('archaeology, long lives, plastics and words sport borrows', () => {
  it('reads an excavation of an ancient city as science, not dating', () => {
    const title = 'Archaeologists uncover ancient city';
    const body =
      'Archaeologists have uncovered the streets and houses of a city dating to 1200 BC, with pottery and ' +
      'tools still in place. The excavation will continue next year.';

    expect(topLevel(title, body)).toBe(SCIENCE);
    expect(topicIds(title, body)).not.toContain(LIFESTYLE);
  });

  it('reads a great-grandmother turning 105 as human interest', () => {
    const topics = topicIds(
      'Great-grandmother turns 105 with a dance',
      'A great-grandmother celebrated turning 105 with a dance at her care home on Sunday, and said the ' +
        'secret of a long life was a daily walk.',
    );

    expect(topics[0]).toBe(HUMAN_INTEREST);
  });

  it('reads plastic pollution as environment evidence', () => {
    const title = 'Plastic treaty talks stall';
    const body =
      'Talks on a treaty to curb plastic pollution stalled on Friday over limits on single-use plastics.';

    expect(evidenceUnder(title, body, ENVIRONMENT)).toContain('plastic pollution');
  });

  it('does not read a price cap or talks that will try again as sport', () => {
    const topics = topicIds(
      'Energy price cap to rise in January',
      'The energy price cap will rise by 2% in January, the regulator said, and ministers will try again ' +
        'to bring down bills with a new levy on suppliers.',
    );

    expect(topics).not.toContain(SPORT);
  });
});
