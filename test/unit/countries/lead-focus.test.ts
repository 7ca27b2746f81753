import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

const tagged = (title: string, body: string) => focusAndPairs({ title, body, language: 'en' });

describe('the lead of a story whose headline names no country', () => {
  it('puts the place of the lead in focus beside the country the body dwells on when the lead links them', () => {
    const { focus, pairs } = tagged(
      'Ousted leader jailed for life',
      'A court in Kathmandu on Monday jailed a former interior minister, who fled to India in March, for ' +
        'life over the killing of protesters. India has not said whether it will send him back. Indian ' +
        'officials said the request was under review. New Delhi has hosted him since the spring.',
    );

    expect(focus).toEqual(['IN', 'NP']);
    expect(pairs).toEqual(['IN-NP']);
  });

  it('puts two countries a lead sets talking in focus though they weigh alike', () => {
    const { focus, pairs } = tagged(
      'Whaling talks break down',
      'Talks between Norway and Iceland on whaling quotas broke down on Wednesday without a deal. Both ' +
        'sides said they would meet again in the spring. Fishermen were disappointed.',
    );

    expect(focus).toEqual(['IS', 'NO']);
    expect(pairs).toEqual(['IS-NO']);
  });

  it('puts the country of a firm bought in the lead in focus with the buyer', () => {
    const { focus, pairs } = tagged(
      'Brewer agrees takeover',
      "Dutch brewer Hopman agreed on Tuesday to buy Belgium's Vandamme for 2 billion euros. The deal needs " +
        'approval from regulators. Shares rose 3%.',
    );

    expect(focus).toEqual(['BE', 'NL']);
    expect(pairs).toEqual(['BE-NL']);
  });

  it('does not take the venue of a meeting, nor a quoted speaker, for a party the lead links', () => {
    const venue = tagged(
      'Ministers discuss fishing rights',
      "Spain's fisheries minister met his Moroccan counterpart in Paris on Monday to discuss quotas. Spain " +
        'wants more access to Moroccan waters. Spanish boats have been fined twice this year. Morocco said ' +
        'talks were overdue.',
    );
    const aside = tagged(
      'Markets shrug off storm',
      'Markets, a former Canadian finance minister once said, have no memory, and shares in Japan proved ' +
        'it on Monday. Exporters led gains. Traders were calm.',
    );

    expect(venue.focus).toEqual(['ES', 'MA']);
    expect(aside.focus).toEqual(['JP']);
  });

  it('leaves a dateline story and a headline naming a country to the other rules', () => {
    const { focus } = tagged(
      'Nepal court jails former minister',
      'A court in Kathmandu on Monday jailed a former interior minister, who fled to India in March, for ' +
        'life. Nepal has asked India to send him back. Indian officials said the request was under review. ' +
        'New Delhi has hosted him since the spring.',
    );

    expect(focus).toContain('NP');
  });

  it("puts a list's members alike in focus when the lead's focus reaches one of them (session 62, review62)", () => {
    // Arrange
    const article = {
      title: '',
      body: 'Health ministers of Kenya, Uganda, Tanzania and Rwanda signed a joint vaccine agreement in Kampala on Friday. The pact pools orders. It starts next year.',
    };

    // Act
    const { focus } = focusAndPairs({ ...article, language: 'en' });

    // Assert
    expect(focus).toEqual(['KE', 'RW', 'TZ', 'UG']);
  });
});
