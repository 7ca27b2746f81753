import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { prepareDocument } from '../../../functions/core/text/document.js';
import { videoGameInTitleOrLead } from '../../../functions/core/topics/video-game-told.js';
import { firstTopLevel, ids } from './topic-ids.js';

const SCIENCE_AND_TECHNOLOGY = 'medtop:13000000';
const SPORT = 'medtop:15000000';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('a video game that plays a sport is technology before the sport (wild51 W21, topics52)', () => {
  it('leads a football game at the top of the games chart with technology', () => {
    // Arrange
    const title = 'Football title tops festive chart';
    const body =
      "Football game Goal Rush 7 has topped the UK games chart, beating last year's champion. " +
      'The game sold 250,000 copies in its first week. Players can pick teams from the Premier League and Serie A.';

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(SCIENCE_AND_TECHNOLOGY);
  });

  it('leads sales of computer games driven by football titles with technology', () => {
    // Arrange
    const title = 'Games sales lifted by football';
    const body =
      'Sales of computer games rose 15% in the run-up to Christmas, helped by strong demand for football and ' +
      'cricket titles. Gamers bought more copies of the leading football game than of any other title.';

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(SCIENCE_AND_TECHNOLOGY);
  });

  it('leaves a match report that names a video game in passing with sport', () => {
    // Arrange
    const title = 'Rovers beat United in derby';
    const body =
      'Rovers beat United 2-1 in the derby on Saturday, with a late goal from their striker. The striker, ' +
      'who appears on the cover of a video game this season, scored his tenth league goal.';

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(SPORT);
  });

  it('does not take a games firm that opens the lead for a game', () => {
    // Arrange
    const lead = 'Games console maker Sega has signed a three-year shirt sponsorship deal with the club.';
    const game = 'Football game Goal Rush 7 has topped the UK games chart.';

    // Act
    const [maker, title] = [lead, game].map((body) =>
      videoGameInTitleOrLead(prepareDocument({ title: '', body, language: 'en' }), 0),
    );

    // Assert
    expect(maker).toBe(false);
    expect(title).toBe(true);
  });

  it('leaves fans at sports games, with no word of video games, with sport', () => {
    // Arrange
    const body = 'Sports games in the city will be played without fans this weekend, the league said.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(ids(topics)).toContain(SPORT);
    expect(firstTopLevel(topics)).toBe(SPORT);
  });
});
