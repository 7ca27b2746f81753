import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Session 40 (topics40): the leftovers of session 39's reviews (read39 "Minor", mendW39 "Left") — a sense cue that
// was too wide (a hedge fund's "Fund", a cyberattack told in a company's post) or missing (an armed movement's
// death toll, minerals told with the nature they harm). Stories are invented.
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const evidenceOf = (result: TagResult, id: string) => result.topics.find((t) => t.id === id)?.evidence ?? [];
const BUSINESS_INFORMATION = 'medtop:20000170';

describe("an armed movement's deaths are its war", () => {
  it('"The Taliban said 12 people were killed" is conflict news, not a disaster', () => {
    const result = tagArticle({
      title: 'Taliban say 12 killed',
      body: 'The Taliban said 12 people were killed in Afghanistan.',
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.conflict);
  });

  it('a Hamas death toll leads with conflict', () => {
    const result = tagArticle({
      title: 'Hamas says 40 killed overnight',
      body: "Hamas said 40 people were killed in the Gaza Strip overnight. Israel's military did not comment.",
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.conflict);
  });

  it('the Taliban reporting flood deaths keep the disaster (guard)', () => {
    const result = tagArticle({
      title: 'Floods kill 40 in Afghanistan',
      body: 'The Taliban said flash floods killed 40 people in Baghlan province.',
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.disaster);
    expect(ids(result)).not.toContain(TOP_LEVEL.conflict);
  });

  it('the Taliban governing, with no deaths, is no war (guard)', () => {
    const result = tagArticle({
      title: 'Taliban bans women from universities',
      body: 'The Taliban on Tuesday banned women from universities, the higher education minister said.',
    });

    expect(ids(result)).not.toContain(TOP_LEVEL.conflict);
  });
});

describe('"the Fund" is the IMF only where the IMF is named', () => {
  it("a hedge fund's managing director is a company's officer", () => {
    const result = tagArticle({
      title: 'Fund chief quits',
      body:
        "Elliott Fund's managing director Paul Singer said the hedge fund would sell its stake in BP. The activist " +
        'investor had pushed BP to cut costs.',
    });

    expect(evidenceOf(result, BUSINESS_INFORMATION)).toContain('managing director');
  });

  it("the Fund's managing director in an IMF story is still no company's officer (guard)", () => {
    const result = tagArticle({
      title: 'IMF warns of debt risks',
      body:
        'The IMF warned of rising debt risks in poor countries on Thursday. The Fund\u2019s managing director said growth ' +
        'would slow to 3%.',
    });

    expect(evidenceOf(result, BUSINESS_INFORMATION)).not.toContain('managing director');
  });
});

describe('an attack on computers is no attack of words', () => {
  it('hackers who attacked a carmaker, told in its social-media post, keep the crime', () => {
    const hackers = tagArticle({
      title: 'Hackers attack carmaker',
      body:
        "Hackers attacked Jaguar Land Rover's computer systems, the company said in a post on social media on " +
        'Tuesday, halting production at its UK plants. Police are investigating the cyber attack.',
    });

    expect(evidenceOf(hackers, TOP_LEVEL.crime)).toContain('attack');
  });

  it('a ransomware attack the company called serious keeps "attack" as crime evidence', () => {
    const result = tagArticle({
      title: 'Retailer hit by ransomware attack',
      body: 'The retailer said in a statement that a ransomware attack had halted online orders, calling it serious.',
    });

    expect(evidenceOf(result, TOP_LEVEL.crime)).toContain('attack');
  });
});

describe('minerals told with the nature they harm stay in the environment', () => {
  it('deep-sea mining for minerals that would destroy ecosystems lists minerals as environment evidence', () => {
    const result = tagArticle({
      title: 'Trump orders seabed mining push',
      body:
        'President Donald Trump signed an executive order on Thursday to speed up deep-sea mining for minerals in ' +
        'international waters, a move environmental groups said would destroy fragile ecosystems. Lawmakers in ' +
        'Congress were split.',
    });

    expect(evidenceOf(result, TOP_LEVEL.environment)).toContain('minerals');
  });
});

describe("words of a desk told in another desk's story (topics40 probe)", () => {
  it("a cartel's tactics are no sport", () => {
    const result = tagArticle({
      title: 'Fentanyl seizures fall at US southern border',
      body:
        'Seizures of fentanyl at the US southern border fell by half this year, customs data showed, as smugglers ' +
        'shifted routes and Mexican cartels changed tactics.',
    });

    expect(ids(result)).not.toContain(TOP_LEVEL.sport);
  });

  it("a manager's tactics stay sport (guard)", () => {
    const result = tagArticle({
      title: 'Slot defends tactics after Liverpool defeat',
      body: 'Arne Slot defended his tactics after Liverpool lost 3-0 at home, saying his players had followed the plan.',
    });

    expect(evidenceOf(result, TOP_LEVEL.sport)).toContain('tactics');
  });

  it('health officials who count the dead of air strikes make no health story', () => {
    const result = tagArticle({
      title: 'Israeli strikes kill 30 in Gaza',
      body:
        'Israeli air strikes killed at least 30 people across the Gaza Strip on Monday, local health officials said. ' +
        'The Israeli military said it hit Hamas fighters and a weapons depot.',
    });

    expect(ids(result)).not.toContain(TOP_LEVEL.health);
  });

  it('health officials in a measles outbreak are health news (guard)', () => {
    const result = tagArticle({
      title: 'Measles cases rise in Texas',
      body: 'Measles cases in west Texas rose to 750, state health officials said, most among unvaccinated children.',
    });

    expect(evidenceOf(result, TOP_LEVEL.health)).toContain('health officials');
  });
});

describe('the teller of a disaster and the electors of a church or a sport body (topics40 probe)', () => {
  it("the police who count a stampede's dead are no crime news", () => {
    const result = tagArticle({
      title: 'Stampede at Hindu festival kills 30',
      body:
        'At least 30 pilgrims were killed in a stampede at the Kumbh Mela festival in northern India on Wednesday, ' +
        'police said. Crowds surged towards the river before dawn.',
    });

    expect(ids(result)).not.toContain(TOP_LEVEL.crime);
  });

  it('the police of a bomb threat at a stadium keep their crime (guard)', () => {
    const result = tagArticle({
      title: 'Bomb threat empties stadium',
      body:
        'Spectators were evacuated from the stadium on Sunday after a bomb threat during the game. Police searched ' +
        'the stands with sniffer dogs and said no device had been found. The match was abandoned.',
    });

    expect(evidenceOf(result, TOP_LEVEL.crime)).toContain('police');
  });

  it('cardinals who elect a pope hold no political election', () => {
    const result = tagArticle({
      title: 'Conclave to begin on May 7 to elect new pope',
      body:
        'Cardinals will begin a conclave on May 7 to elect a successor to Pope Francis, the Vatican said. The last ' +
        'conclave lasted two days.',
    });

    expect(ids(result)).not.toContain(TOP_LEVEL.politics);
  });

  it('a party that elects its leader is still an election (guard)', () => {
    const result = tagArticle({
      title: 'Conservatives elect new leader',
      body: 'Conservative party members voted to elect a new leader on Saturday after the election defeat.',
    });

    expect(evidenceOf(result, TOP_LEVEL.politics)).toContain('elect');
  });

  it('a headline that names a landslide, a place and then its deaths after a comma puts the disaster first', () => {
    const result = tagArticle({
      title: "Landslide buries village in Sudan's Darfur, killing 1,000",
      body:
        "A landslide buried a village in the Marra mountains of Sudan's Darfur region, killing about 1,000 people, a " +
        'rebel group that controls the area said. Heavy rains had soaked the hillside for days.',
    });

    expect(result.topics[0]?.id).toBe(TOP_LEVEL.disaster);
  });
});

describe('police facing protesters in a headline that reads like a disaster (topics40 guard)', () => {
  it('protesters who storm a parliament while police fire tear gas keep the police as crime evidence', () => {
    const result = tagArticle({
      title: 'Protesters storm parliament as police fire tear gas',
      body:
        'Thousands of protesters stormed parliament on Tuesday and set fire to the building. Police fired tear gas ' +
        'and at least 19 people were killed, police said.',
    });

    expect(evidenceOf(result, TOP_LEVEL.crime)).toContain('police');
  });
});

describe('a quote in German gives no topic evidence (wild40 ★5)', () => {
  it('"Das war notwendig" in a headline and its body is no war', () => {
    const result = tagArticle({
      title: 'Merz defends budget: "Das war notwendig"',
      body:
        'BERLIN - Chancellor Friedrich Merz defended his government\'s budget on Wednesday. "Das war notwendig, und es ' +
        'bleibt richtig," he told the Bundestag.',
    });

    expect(ids(result)).not.toContain(TOP_LEVEL.conflict);
  });

  it('an English quote about a war keeps the war (guard)', () => {
    const result = tagArticle({
      title: 'Zelenskiy: "This war must end"',
      body: '"This war must end, and it will end with a just peace," President Volodymyr Zelenskiy told parliament.',
    });

    expect(ids(result)).toContain(TOP_LEVEL.conflict);
  });
});
