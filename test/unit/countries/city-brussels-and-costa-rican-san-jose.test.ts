import { describe, expect, it } from 'vitest';
import { focusAndPairs, story } from './focus-and-pairs.js';

describe('Brussels governing is the union only with an EU cue (read39 ★5)', () => {
  it('keeps Belgium for the city imposing its own ban, with its regional officials', () => {
    // Arrange
    const article = story(
      'Brussels to ban diesel cars from 2030',
      'Brussels will impose a ban on diesel cars across the city from 2030, regional officials said on Tuesday, ' +
        'despite protests from drivers and small businesses. Brussels said electric buses would replace the ' +
        'last diesel fleet by 2028.',
    );

    // Act
    const { focus } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['BE']);
  });

  it('keeps Belgium for the city urging its residents, with no member state or union business named', () => {
    const { focus } = focusAndPairs(
      story(
        'Flooding closes metro',
        'Brussels urged residents to stay home on Thursday after heavy rain flooded metro stations and several ' +
          'tunnels. Brussels said schools would reopen on Friday.',
      ),
    );

    expect(focus).toEqual(['BE']);
  });

  it('reads a verb of governing as a whole word ("Brussels urgently needs" is the city)', () => {
    const { focus } = focusAndPairs(
      story(
        'Asylum beds',
        'Brussels urgently needs 2,000 more beds for asylum seekers arriving from Poland and Romania, aid groups ' +
          'said on Monday.',
      ),
    );

    expect(focus).toContain('BE');
  });
});

describe('a bare SAN JOSE dateline stays Costa Rica\u2019s unless the lead is the valley\u2019s trade (read39 ★4)', () => {
  it('keeps Costa Rica for firms named with a legal form only ("Chiquita Brands International Inc")', () => {
    const { focus } = focusAndPairs(
      story(
        'Banana workers strike',
        'SAN JOSE - Workers at plantations supplying Chiquita Brands International Inc walked off the job on ' +
          'Monday over pay, union leaders said. The government called for talks.',
      ),
    );

    expect(focus).toEqual(['CR']);
  });

  it('keeps Costa Rica for weather words ("cloud cover during the harvest")', () => {
    const { focus } = focusAndPairs(
      story(
        'Coffee exporters seek credit',
        'SAN JOSE - Coffee exporters asked the central bank for cheaper credit on Monday, saying a strong colon ' +
          'and cloud cover during the harvest had cut margins. The Coffee Institute said output would fall 8%.',
      ),
    );

    expect(focus).toEqual(['CR']);
  });

  it('keeps Costa Rica where a neighbour is named ("Nicaraguan exiles") or its name is in capitals', () => {
    const exiles = focusAndPairs(
      story(
        'Nicaraguan exiles say accounts removed',
        'SAN JOSE - Nicaraguan exiles living in the capital said on Tuesday that Meta Platforms Inc had removed ' +
          'dozens of their Facebook accounts used to share AI videos. Meta said it was reviewing the cases.',
      ),
    );
    const election = focusAndPairs(
      story(
        'COSTA RICA ELECTION: Chaves ally leads in chip hub',
        'SAN JOSE - Laura Fernandez, an ally of President Rodrigo Chaves, led the race, the electoral tribunal ' +
          'said, as Intel Corp\u2019s chip plant reopened.',
      ),
    );

    expect(exiles.pairs).not.toContain('NI-US');
    expect(exiles.focus).not.toContain('US');
    expect(election.focus).toEqual(['CR']);
    expect(election.pairs).toEqual([]);
  });
});

describe('San Jose in the body of firm copy of the valley is California\u2019s (review61 ★2)', () => {
  it('reads a chipmaker\u2019s conference in San Jose as the United States', () => {
    const { focus } = focusAndPairs(
      story(
        '',
        'Brightwave showed its newest AI accelerator chip at its developer conference in San Jose on Tuesday.',
      ),
    );

    expect(focus).toEqual(['US']);
  });

  // review61 ★1: a listed firm's results are the valley's copy too.
  it('reads a firm based in San Jose that reports its quarterly results as the United States', () => {
    const { focus } = focusAndPairs(
      story('', 'Corvane Systems, based in San Jose, reported higher quarterly revenue on Thursday.'),
    );

    expect(focus).toEqual(['US']);
  });

  it('keeps Costa Rica when the text names it or a neighbour, or tells of no such trade', () => {
    const named = focusAndPairs(
      story('', 'Costa Rica\u2019s chip plants expanded, officials in San Jose said on Monday.'),
    ).focus;
    const neighbour = focusAndPairs(
      story('', 'A software firm in San Jose hired 40 engineers from Nicaragua, its founder said on Monday.'),
    ).focus;
    const police = focusAndPairs(
      story('', 'Police in San Jose said a bus crashed on the highway on Monday.'),
    ).focus;

    expect(named).toEqual(['CR']);
    expect(neighbour).not.toContain('US');
    expect(police).toEqual(['CR']);
  });
});
