import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const ARTS = 'medtop:01000000';
const CRIME = 'medtop:02000000';
const ECONOMY = 'medtop:04000000';
const POLITICS = 'medtop:11000000';
const CONFLICT = 'medtop:16000000';
const EARNINGS = 'medtop:20000178';
const GOVERNMENT_POLICY = 'medtop:20000621';
const NEWS_MEDIA = 'medtop:20000046';
const AIR_TRANSPORT = 'medtop:20000338';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;
const firstTopLevel = (title: string, body: string) => topicsOf(title, body).find((t) => t.level === 1)?.id;
const scoreOf = (title: string, body: string, id: string) =>
  topicsOf(title, body).find((t) => t.id === id)?.score ?? 0;

describe('whose word it is: results, offices, anti-graft laws, indictments, agencies (read20)', () => {
  it('files a state budget whose tax revenue beat forecasts under politics, not as a results report', () => {
    const title = 'Ghana tax revenue beats forecast as parliament debates budget';
    const body =
      "ACCRA - Ghana's tax revenue rose 12 percent in the first half, beating the budget forecast, the Ghana " +
      'Revenue Authority said on Tuesday. Members of parliament are debating the government budget for next ' +
      'year, and the finance minister promised new levies on imported cars.';

    const earnings = scoreOf(title, body, EARNINGS);
    expect(earnings).toBeLessThan(scoreOf(title, body, POLITICS));
  });

  it('leaves a war story about armed groups that profit from smuggling under conflict', () => {
    const title = 'Sahel armed groups profit from gold smuggling, panel says';
    const body =
      'NIAMEY - Armed groups in the Sahel made large profits from gold smuggling last year, a UN panel of ' +
      'experts said in a report. The fighters, who have attacked army posts across the border region, earned ' +
      'millions from the trade while clashes with troops went on.';

    expect(firstTopLevel(title, body)).toBe(CONFLICT);
  });

  it("keeps politics and government policy for a president's decree that reshapes the economy", () => {
    const title = 'President signs decree to cut fuel subsidies';
    const body =
      'LAGOS - Nigerian President Bola Tinubu on Friday signed a decree scrapping fuel subsidies and unifying ' +
      'exchange rates, a policy he said would save the economy billions of dollars a year. The president said ' +
      'inflation and a widening fiscal deficit left no choice. Bond prices rose and the naira fell, while ' +
      'unions threatened a strike.';

    const ids = topicsOf(title, body).map((t) => t.id);
    expect(ids).toContain(POLITICS);
    expect(ids).toContain(GOVERNMENT_POLICY);
  });

  it('keeps government policy for a parliament that passes a law on an anti-graft agency', () => {
    const title = 'Malaysian parliament passes law to strengthen anti-graft body';
    const body =
      "KUALA LUMPUR - Malaysia's parliament on Wednesday passed a law giving the anti-graft commission powers " +
      'to seize assets in bribery cases. Opposition lawmakers said the law did not go far enough. The prime ' +
      'minister said it would restore trust in government.';

    const ids = topicsOf(title, body).map((t) => t.id);
    expect(firstTopLevel(title, body)).toBe(POLITICS);
    expect(ids).toContain(GOVERNMENT_POLICY);
  });

  it('keeps crime for a former leader accused in an indictment while politics leads', () => {
    const title = 'Bolsonaro accused of plotting to stay in power';
    const body =
      'BRASILIA - Former President Jair Bolsonaro was accused on Tuesday of plotting to overturn the 2022 ' +
      'election, in an indictment filed with the Supreme Court. Bolsonaro, the leader of the right-wing ' +
      "opposition, said the charges were political persecution before next year's presidential election. His " +
      'party said lawmakers would stand by him in Congress.';

    expect(firstTopLevel(title, body)).toBe(POLITICS);
    expect(scoreOf(title, body, CRIME)).toBeGreaterThan(0.65);
  });

  it('keeps the media story of a news agency that cuts its own staff', () => {
    const title = 'Agence France-Presse news agency cuts staff as revenue falls';
    const body =
      'PARIS - The Agence France-Presse news agency said on Tuesday it would cut about 5 percent of its staff ' +
      'through voluntary departures and layoffs, as the 80-year-old agency faces falling revenue and losses. ' +
      "The agency's journalists union called a strike over the plan.";

    const ids = topicsOf(title, body).map((t) => t.id);
    expect(ids).toContain(ARTS);
    expect(ids).toContain(NEWS_MEDIA);
  });

  it('still files a firm whose profit rose under business before its products', () => {
    const title = 'Nintendo profit jumps on Switch game sales';
    const body =
      'TOKYO - Nintendo Co said on Tuesday its quarterly operating profit jumped 40 percent as sales of ' +
      'games for its Switch console beat forecasts. The company raised its annual profit forecast.';

    expect(firstTopLevel(title, body)).toBe(ECONOMY);
  });

  it("reads an airport's passengers as air transport, and a railway's as no air transport", () => {
    const airport = [
      'Gatwick passengers stranded by air traffic control fault',
      'LONDON - Thousands of passengers were stranded at Gatwick on Saturday after a fault at air traffic ' +
        'control. Passengers queued for hours in the terminals as departures were held on the ground.',
    ] as const;
    const railway = [
      'Rail passengers face fare rise in January',
      'LONDON - Rail passengers in England will pay 4.6 percent more for train tickets from January, the ' +
        'government said. Commuters on many routes face season ticket rises of several hundred pounds.',
    ] as const;

    expect(scoreOf(...airport, AIR_TRANSPORT)).toBeGreaterThan(0.9);
    expect(topicsOf(...railway).map((t) => t.id)).not.toContain(AIR_TRANSPORT);
  });
});
