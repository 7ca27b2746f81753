import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const DISASTER = 'medtop:03000000';
const ECONOMY = 'medtop:04000000';
const SPORT = 'medtop:15000000';
const CONFLICT = 'medtop:16000000';

const topTopicOf = (title: string, body: string) =>
  tagArticle({ title, body }).topics.filter((t) => t.level === 1)[0]?.id;
const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('a deadly disaster in a business or sport setting', () => {
  it('files a stampede that killed fans at a stadium as a disaster first, keeping sport', () => {
    const title = 'Stampede at football stadium kills 12 fans';
    const body =
      'At least 12 fans were killed in a stampede at the national stadium on Saturday before a league match ' +
      'between the two biggest clubs. The match was called off. The football federation suspended the ' +
      "league for a week and the club's coach said players were in shock. The home side had been top of " +
      'the league and had won the cup last season.';

    expect(topTopicOf(title, body)).toBe(DISASTER);
    expect(topicsOf(title, body)).toContain(SPORT);
  });

  it('files a tower-block fire that killed residents as a disaster before the stock market it moved', () => {
    const title = 'Tower block fire kills 44, hundreds missing';
    const body =
      'A fire tore through a housing estate in the city, killing at least 44 people, with hundreds still ' +
      'unaccounted for, officials said on Thursday. Shares of property developers fell and the stock index ' +
      'closed lower as investors weighed the impact. Construction stocks dropped sharply, and analysts said ' +
      'insurers faced large claims. The blaze spread across scaffolding on buildings under renovation.';

    expect(topTopicOf(title, body)).toBe(DISASTER);
    expect(topicsOf(title, body)).toContain(ECONOMY);
  });

  it("keeps an insurer's profit after deadly wildfires a business story", () => {
    const title = 'Reinsurer profit falls on wildfire claims';
    const body =
      'The reinsurer said on Tuesday its first-quarter net profit fell 20% after wildfires, which killed 29 ' +
      'people, led to record insurance claims. It kept its full-year profit target and its shares rose 2% ' +
      'in early trading. Analysts had expected a sharper fall in earnings.';

    expect(topTopicOf(title, body)).toBe(ECONOMY);
  });

  it('leaves a car bomb that killed shoppers to the war desk', () => {
    const title = 'Car bomb explosion kills 20 in market';
    const body =
      'A car bomb exploded in a crowded market on Monday, killing 20 people, police said. Militants claimed ' +
      'the attack, the latest in a wave of bombings by the insurgents. Security forces sealed off the area.';

    expect(topTopicOf(title, body)).toBe(CONFLICT);
  });
});
