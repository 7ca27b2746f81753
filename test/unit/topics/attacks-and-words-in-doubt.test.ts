import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { firstTopLevel, ids } from './topic-ids.js';

const CONFLICT = 'medtop:16000000';
const ECONOMY = 'medtop:04000000';
const POLITICS = 'medtop:11000000';
const SPORT = 'medtop:15000000';
const SCIENCE = 'medtop:13000000';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('words in doubt of one desk vouch for one another (review30 T1)', () => {
  it('files a border clash told only through troops, soldiers and "clashed" as war, beside its trade sentence', () => {
    const title = 'Armenian and Azerbaijani troops clash near Syunik';
    const body =
      'Armenian and Azerbaijani troops clashed on the disputed border near Syunik on Tuesday, leaving 12 ' +
      'soldiers injured. Azerbaijan is a growing trading partner of Georgia and bilateral trade reached ' +
      '3 billion dollars last year.';

    const topics = topicsOf(title, body);

    expect(firstTopLevel(topics)).toBe(CONFLICT);
    expect(ids(topics)).toContain(ECONOMY);
  });

  it('lets no words that are all in another sense hold one another up (a tennis game, the net)', () => {
    const title = 'Lindqvist beats Moreau to reach Rotterdam semi-final';
    const body =
      'Erik Lindqvist broke serve in the ninth game and won 6-4 6-3 against Paul Moreau on Friday. The Swede ' +
      'hit 12 aces and came to the net 20 times, winning 15 of those points, to reach his third semi-final ' +
      'of the season. He will play the top seed on Saturday.';

    const topics = topicsOf(title, body);

    expect(firstTopLevel(topics)).toBe(SPORT);
    expect(ids(topics)).not.toContain(SCIENCE);
  });

  it('lets the spellings of one word vouch for nothing ("injury" and "injured" in a trade ruling)', () => {
    const title = 'Commission finds injury from cheap steel imports';
    const body =
      'The trade commission found that cheap steel imports had caused material injury to domestic ' +
      'producers, and said mills injured by the imports could seek duties. Steel prices fell 4% this year ' +
      'and the ministry will set tariffs next month.';

    expect(ids(topicsOf(title, body))).not.toContain(SPORT);
  });
});

describe('an armed attack told as the story’s event comes before its setting (review31 ★6)', () => {
  it('files militants bombing a pipeline as war before the oil price sentence', () => {
    const body =
      'Militants bombed an oil pipeline in Nigeria’s Delta state on Sunday, killing two guards. Brent crude ' +
      'rose 2% on the news.';

    const topics = topicsOf('', body);

    expect(firstTopLevel(topics)).toBe(CONFLICT);
    expect(ids(topics)).toContain(ECONOMY);
  });

  it('files drones striking a grain terminal as war before the wheat market', () => {
    const title = 'Russian drones hit Odesa grain terminal, cargo ship damaged';
    const body =
      'KYIV (Reuters) - Russian drones struck a grain terminal in the port of Odesa overnight and damaged a ' +
      'cargo ship, officials said on Wednesday. Two port workers were injured and 3,000 tonnes of wheat were ' +
      'destroyed. Wheat futures in Chicago rose 1.1% and grain exporters said freight costs would rise.';

    const topics = topicsOf(title, body);

    expect(firstTopLevel(topics)).toBe(CONFLICT);
    expect(ids(topics)).toContain(ECONOMY);
  });

  it('files soldiers who fired on a patrol, wounding two, as war before the oil field beside it', () => {
    const title = 'Venezuelan soldiers fire on Guyanese patrol';
    const body =
      'Venezuelan soldiers fired on a Guyanese patrol on Thursday, wounding two soldiers. Exxon pumps ' +
      '900,000 barrels of oil a day off Guyana.';

    expect(firstTopLevel(topicsOf(title, body))).toBe(CONFLICT);
  });

  it('keeps a market story whose headline’s subject is the shares, not the attack', () => {
    const title = 'Mining shares slide after gunmen attack Congo gold mine';
    const body =
      'Shares of Kivu Gold fell 9% in Toronto on Tuesday after gunmen attacked its mine in eastern Congo, ' +
      'killing 12 workers. Analysts cut their price targets and the company said output this quarter would ' +
      'fall by a third.';

    expect(firstTopLevel(topicsOf(title, body))).toBe(ECONOMY);
  });

  it('keeps a market lead without a headline a market story', () => {
    const body =
      'Brent crude rose 2% on Monday after militants bombed a pipeline in Nigeria, killing two guards. ' +
      'Traders said the outage would cut exports by 100,000 barrels a day.';

    expect(firstTopLevel(topicsOf('', body))).toBe(ECONOMY);
  });

  it('keeps a protest that police broke up with tear gas a politics story', () => {
    const title = 'Police fire tear gas as protesters mark anniversary of tax bill';
    const body =
      'NAIROBI (AP) — Police fired tear gas and water cannon at thousands of young protesters in Nairobi on ' +
      'Wednesday as they marked a year since demonstrators stormed parliament over a finance bill. A rights ' +
      'group said two people were killed. The president said the opposition had paid the protesters, and ' +
      'ministers defended the tax rises in parliament.';

    expect(firstTopLevel(topicsOf(title, body))).toBe(POLITICS);
  });

  it('reads people a gunman wounded at a mall as no war', () => {
    const title = 'Gunman kills three at Texas shopping mall';
    const body =
      'A gunman opened fire at a shopping mall outside Austin on Saturday, killing three people and wounding ' +
      'seven before police shot him dead, officials said. Detectives are searching his home.';

    expect(ids(topicsOf(title, body))).not.toContain(CONFLICT);
  });
});
