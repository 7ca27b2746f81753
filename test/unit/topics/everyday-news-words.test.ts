import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { topicIds } from './topic-ids.js';

const ARTS = 'medtop:01000000';
const DISASTER = 'medtop:03000000';
const HEALTH = 'medtop:07000000';
const LIFESTYLE = 'medtop:10000000';
const CONFLICT = 'medtop:16000000';
const SPORT = 'medtop:15000000';
const TRANSPORT_ACCIDENT = 'medtop:20000143';

const topLevel = (title: string, body: string) =>
  tagArticle({ title, body }).topics.find((t) => t.level === 1)?.id;

describe('accidents involving airlines and aircraft', () => {
  it('reads a plane crash as a transport accident before airline business', () => {
    const title = 'Airliner with 180 on board crashes after take-off';
    const body =
      'A Boeing 737 operated by a budget airline crashed shortly after take-off on Thursday, officials said, ' +
      "in the country's worst aviation disaster in decades. The flight was bound for the capital. " +
      'Investigators have recovered the black box.';

    expect(topLevel(title, body)).toBe(DISASTER);
    expect(topicIds(title, body)).toContain(TRANSPORT_ACCIDENT);
  });
});

describe('contests outside sport', () => {
  it('does not read a party that won an election as sport', () => {
    const topics = topicIds(
      'Liberals win snap election',
      'The Liberal Party won the federal election on Monday, and the prime minister told supporters the ' +
        'victory was theirs. The opposition leader lost his own seat after a tight race.',
    );

    expect(topics).not.toContain(SPORT);
  });

  it('does not read a company that beat forecasts and its rivals as sport', () => {
    const topics = topicIds(
      'Chipmaker beats forecasts as rivals struggle',
      'The company beat analysts’ forecasts for quarterly revenue and profit on Wednesday, winning market ' +
        'share from rivals, and its shares rose 6% to a record high.',
    );

    expect(topics).not.toContain(SPORT);
  });

  it('still reads a match won and lost as sport', () => {
    const topics = topicIds(
      'Late goal wins derby',
      'United beat City 2-1 on Saturday with a goal in stoppage time, a victory that lifts them to third ' +
        'in the league. City lost for the first time this season.',
    );

    expect(topics[0]).toBe(SPORT);
  });
});

describe('words that only look topical', () => {
  it('does not read the month of March as a protest march', () => {
    const topics = topicIds(
      'House prices fall unexpectedly in March',
      'House prices fell 0.8% in March, a mortgage lender said on Tuesday, the biggest monthly fall in ' +
        'more than two years, as higher stamp duty cooled demand from first-time buyers.',
    );

    expect(topics).not.toContain(CONFLICT);
  });

  it('still reads protesters who marched on parliament as a demonstration', () => {
    const topics = topicIds(
      'Thousands march against pension reform',
      'Thousands of protesters marched on parliament on Saturday against plans to raise the retirement ' +
        'age, and marchers blocked the main road for several hours.',
    );

    expect(topics).toContain(CONFLICT);
  });

  it('does not count an earthquake that hits the coast as a hit record', () => {
    const { topics } = tagArticle({
      title: 'Strong earthquake hits northern coast',
      body:
        'A magnitude 7.5 earthquake struck off the northern coast late on Monday, prompting a tsunami ' +
        'warning, the public broadcaster said. Residents were told to move to higher ground.',
    });

    expect(topics.flatMap((t) => t.evidence)).not.toContain('hits');
  });

  it('does not read a racing driver whose given name is Oscar as film news', () => {
    const topics = topicIds(
      'Oscar Piastri wins in Bahrain',
      'Oscar Piastri won the Bahrain Grand Prix on Sunday from pole position, leading every lap of the race.',
    );

    expect(topics).not.toContain(ARTS);
  });

  it('still reads the Oscars as film news', () => {
    const topics = topicIds(
      'Oscar for best picture goes to an independent film',
      'The independent drama won the Oscar for best picture on Sunday night, and its star took the Oscar ' +
        'for best actress.',
    );

    expect(topics[0]).toBe(ARTS);
  });

  it('reads a World Health Organization warning on measles as health first', () => {
    const topics = topicIds(
      'WHO warns of rising measles cases',
      'Measles cases doubled last year to the highest level in decades, the World Health Organization and ' +
        'UNICEF said on Thursday, urging governments to step up vaccination.',
    );

    expect(topics[0]).toBe(HEALTH);
  });
});

describe('food and cooking', () => {
  it('reads a recipe column as lifestyle, not the oil market', () => {
    const topics = topicIds(
      'Five easy pasta dishes for busy weeknights',
      'Start with good olive oil, plenty of garlic and a handful of fresh basil. For a quick carbonara, ' +
        'whisk eggs with grated cheese and black pepper, then toss through hot spaghetti.',
    );

    expect(topics[0]).toBe(LIFESTYLE);
  });
});

describe('stems and symbols that join unrelated words', () => {
  const evidenceOf = (title: string, body: string) =>
    tagArticle({ title, body }).topics.flatMap((t) => (t.evidence ?? []).map((e) => `${t.label}: ${e}`));

  it('reads "£100m" as money, not a 100m race', () => {
    const topics = topicIds(
      'Retailer raises £100m from investors',
      'The retailer raised £100m from investors and £800m from its banks to refinance its debts.',
    );

    expect(topics).not.toContain(SPORT);
  });

  it('reads police who stormed a building as no storm, and a football striker as no walkout', () => {
    const evidence = evidenceOf(
      'Armed police arrest former footballer',
      'Armed police stormed a flat on Tuesday and arrested a former striker. Officers stormed a second ' +
        'address an hour later. The former striker, who played for three clubs, is being held.',
    ).filter((e) => /storm|striker/.test(e));

    expect(
      evidence.filter(
        (e) => !e.startsWith('sport') && !e.startsWith('competition') && !e.startsWith('soccer'),
      ),
    ).toEqual([]);
  });

  it('still reads a storm as weather and a 100m final as athletics', () => {
    expect(topicIds('Storm brings gales', 'The storm brought gales and heavy rain to the coast.')).toContain(
      'medtop:17000000',
    );
    expect(topicIds('Sprinter wins 100m', 'She won the 100m final in 10.8 seconds.')).toContain(SPORT);
  });
});

describe('words of business news that other topics also use', () => {
  it('reads net profit, a parent company, a car plant and the first half as business news only', () => {
    const topics = topicIds(
      'Carmaker first-half net profit rises 12 pct',
      'The carmaker said first-half net profit rose 12 pct to 410 mln dlrs on higher sales, and its parent ' +
        'company said the new plant would open in the second half. Net income per share rose to 1.20 dlrs, ' +
        'and the board declared a dividend of 30 cents. The company’s shares rose 3 pct to a record.',
    );

    expect(topics[0]).toBe('medtop:04000000');
    expect(topics).not.toContain('medtop:13000000');
    expect(topics).not.toContain('medtop:14000000');
    expect(topics).not.toContain(SPORT);
  });

  it('still reads a broadband story told through business words as technology', () => {
    const topics = topicIds(
      'Slow take-up for fast home broadband',
      'Faster home broadband is spreading as more internet providers sell high-speed packages. ' +
        'The retail arm of the phone company will trial the service, and analysts expect its market share ' +
        'to grow as rivals follow.',
    );

    expect(topics).toContain('medtop:13000000');
  });
});

describe('phrases whose first word belongs to another topic', () => {
  it('reads the knockout stage of a football tournament as no boxing', () => {
    const topics = topicIds(
      'Hosts reach World Cup knockout stage',
      'The hosts reached the knockout stage of the World Cup with a 2-0 win on Saturday, and their coach ' +
        'said the squad was ready for the round of 32.',
    );

    expect(topics[0]).toBe(SPORT);
    expect(topics).not.toContain('medtop:20000856');
  });

  it('still reads a knockout in the ring as boxing', () => {
    expect(
      topicIds(
        'Champion retains title',
        'The heavyweight champion won by a knockout in the fifth round of the bout.',
      ),
    ).toContain('medtop:20000856');
  });

  it('reads the shadow fleet of tankers as sanctions, not a shadow minister', () => {
    const topics = tagArticle({
      title: 'EU leaders agree new sanctions at summit',
      body:
        'European Union leaders agreed new sanctions on Thursday targeting the shadow fleet of ageing tankers ' +
        'that carries oil past the price cap. The prime minister said energy prices would rise, and the ' +
        'chancellor backed the package.',
    }).topics;

    expect(topics.find((t) => t.id === 'medtop:20000642')?.evidence).toContain('shadow fleet');
    expect(topics.find((t) => t.id === 'medtop:20000593')?.evidence ?? []).not.toContain('shadow');
  });

  it('reads a roadmap away from fossil fuels as climate policy, not a peace plan', () => {
    const topics = tagArticle({
      title: 'COP30 opens in Brazil with calls for faster emission cuts',
      body:
        'BELEM, Brazil - The COP30 climate summit opened in the Amazon city of Belem on Monday, with Brazilian ' +
        'President Luiz Inacio Lula da Silva urging countries to agree a roadmap away from fossil fuels.\nThe ' +
        'United States, the world’s second-biggest emitter, did not send an official delegation. China ' +
        'pledged to cut its emissions by 7% to 10% from their peak by 2035.',
    }).topics;

    expect(topics[0]?.id).toBe('medtop:06000000');
    expect(topics.filter((t) => t.evidence?.includes('roadmap')).map((t) => t.id)).toEqual([]);
  });

  it('still reads the road map to peace as a peace process', () => {
    const topics = topicIds(
      'Mediators present road map to end war',
      'Mediators presented a road map to end the war, calling for a ceasefire, the withdrawal of troops and ' +
        'peace talks between the warring sides.',
    );

    expect(topics).toContain('medtop:20000073');
  });
});

describe('words whose sense follows the story', () => {
  it('reads a drug boat struck at sea as crime and politics, not medicine', () => {
    const topics = topicIds(
      'U.S. strikes another suspected drug boat off Venezuela',
      'The U.S. military struck another vessel it said was carrying drugs in the Caribbean, killing three ' +
        'people, the defense secretary said on Tuesday, in a campaign against drug cartels that has raised ' +
        'tensions with the government in Caracas.',
    );

    expect(topics).not.toContain(HEALTH);
  });

  it('still reads a new drug approved by regulators as health', () => {
    expect(
      topicIds(
        'Regulators approve new Alzheimer’s drug',
        'The drug slowed memory loss in patients in a trial.',
      ),
    ).toContain(HEALTH);
  });

  it('reads floods that killed hundreds as a disaster, not a crime or a battle', () => {
    const topics = topicIds(
      'Floods in Pakistan kill more than 300',
      'Monsoon floods and flash floods have killed more than 300 people in the northwest in two days, ' +
        'officials said, as rescuers searched for survivors in villages swept away by the water.',
    );

    expect(topics[0]).toBe(DISASTER);
    expect(topics).not.toContain('medtop:02000000');
    expect(topics).not.toContain(CONFLICT);
  });

  it('reads a railroad merger of Union Pacific as business, not trade unions', () => {
    const topics = topicIds(
      'Union Pacific agrees to buy Norfolk Southern in $85 billion deal',
      'Union Pacific agreed on Tuesday to buy Norfolk Southern for $85 billion in cash and stock, creating a ' +
        'coast-to-coast railroad, subject to approval by regulators.\nThe deal values Norfolk Southern at ' +
        '$320 a share. Union Pacific Chief Executive Jim Vena said the combined company would move freight faster.',
    );

    expect(topics[0]).toBe('medtop:04000000');
    expect(topics).not.toContain('medtop:09000000');
  });

  it('still reads a union calling a strike over pay as labour', () => {
    expect(
      topicIds(
        'Rail union calls strike',
        'The union said its members would strike next week over pay and jobs.',
      )[0],
    ).toBe('medtop:09000000');
  });

  it('reads the cricket World Cup as cricket, not football', () => {
    const topics = topicIds(
      'India beat Australia to reach Women’s World Cup final',
      'India chased down a record 339 to beat Australia by five wickets in the semi-final of the Women’s ' +
        'Cricket World Cup on Thursday.\nIndia will face South Africa in the final on Sunday.',
    );

    expect(topics).toContain('medtop:20000888');
    expect(topics).not.toContain('medtop:20001065');
  });

  it('reads the Indian Premier League as cricket, not football', () => {
    const topics = topicIds(
      'Bengaluru lift first Indian Premier League title',
      'Royal Challengers Bengaluru won their first Indian Premier League title on Tuesday, beating Punjab ' +
        'Kings by six runs in the final in Ahmedabad.\nThe IPL final drew a record crowd.',
    );

    expect(topics).toContain('medtop:20000888');
    expect(topics).not.toContain('medtop:20001065');
  });
});
