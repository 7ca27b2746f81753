import { describe, expect, it } from 'vitest';
import { focusOf as focus, pairsOf as pairs } from './focus-and-pairs.js';

describe('a court filed from its seat judges others', () => {
  const ruling = {
    title: 'World Court orders Azerbaijan to reopen road to Armenians',
    dateline: 'THE HAGUE',
    body: 'THE HAGUE — The International Court of Justice on Thursday ordered Azerbaijan to let people and goods move freely along the Lachin corridor, in a case brought by Armenia.\n\nAzerbaijan said it would study the order. Armenia welcomed the decision, which the judges adopted by 13 votes to two, and said it would ask the court to monitor it.',
  };

  it('leaves the seat out of focus and out of the pairs when the story names the parties', () => {
    expect(focus(ruling)).toEqual(['AM', 'AZ']);
    expect(pairs(ruling)).toEqual(['AM-AZ']);
  });

  it('still reads the seat when the story is also about the Netherlands', () => {
    expect(
      focus({
        title: 'Dutch government backs war crimes court budget rise',
        dateline: 'THE HAGUE',
        body: 'THE HAGUE — The International Criminal Court will get more money from the Netherlands, the Dutch foreign ministry said on Monday, after Ukraine and Georgia asked for faster investigations.',
      }),
    ).toContain('NL');
  });

  it('keeps the seat of a body that meets there, as agencies index it', () => {
    expect(
      focus({
        title: 'WTO panel to rule on Indonesian nickel export ban',
        dateline: 'GENEVA',
        body: 'GENEVA — The World Trade Organization set up a panel on Monday to rule on the European Union’s complaint against Indonesia’s nickel export ban.',
      }),
    ).toContain('CH');
  });
});

describe('a firm introduced by its U.S. ticker is a U.S. firm', () => {
  const results = {
    title: 'Qualcomm forecast tops estimates despite weak China handset demand',
    body: 'Qualcomm Inc. (NASDAQ: QCOM) on Wednesday forecast first-quarter revenue above Wall Street estimates as a recovery in premium smartphones offset weak handset demand in China.\n\nQualcomm gets about 60% of its revenue from China. Chief Executive Cristiano Amon said Chinese phone makers had started to order again.\n\nShares of Qualcomm rose 4% after the bell.',
  };

  it('puts the U.S. in focus beside the market it reports on', () => {
    expect(focus(results)).toEqual(['CN', 'US']);
    expect(pairs(results)).toEqual(['CN-US']);
  });

  it('reads a bare ticker after Inc. or Corp., and the firm named again', () => {
    expect(
      focus({
        title: 'Starbucks cuts outlook as sales in China slump',
        body: 'Starbucks Corp. (SBUX) cut its annual sales forecast on Tuesday after sales at its cafes in China fell 14%.\n\nStarbucks said it would slow openings there.',
      }),
    ).toEqual(['CN', 'US']);
  });

  it('does not read initials in brackets, or a firm filed from abroad, as a ticker', () => {
    expect(
      focus({
        title: 'Telecom venture seeks Japan licence',
        body: 'International Telecom Nippon Inc (ITN), one of two firms seeking to enter the Japanese market, said it would apply in April.',
      }),
    ).toEqual(['JP']);
    expect(
      focus({
        title: 'Bank sets up Tokyo branch',
        dateline: 'TOKYO',
        body: 'TOKYO — Wells Fargo & Co. (NYSE: WFC) will open a branch in Tokyo next year, a Japanese finance ministry official said.',
      }),
    ).toEqual(['JP']);
  });
});

describe('a firm introduced by its U.S. ticker (read19 mends)', () => {
  it('is not a U.S. firm when the sentence describes it as another country’s', () => {
    const nio = {
      title: 'Nio to build plant in Hungary',
      body: 'Nio Inc (NYSE: NIO), the Chinese electric carmaker, said on Tuesday it would build a plant in Hungary. Nio said the plant would serve Europe. Hungary offered subsidies.',
    };
    expect(focus(nio)).not.toContain('US');
    expect(pairs(nio)).not.toContain('HU-US');
  });

  it('is named without the capitalised words that open the sentence before it', () => {
    expect(
      focus({
        title: 'Apple to open stores in India',
        body: 'On Monday Apple Inc (AAPL) said it would open stores in India. Shares of Apple rose. India welcomed the move.',
      }),
    ).toEqual(['IN', 'US']);
  });
});

describe('a city-state court seat (read19)', () => {
  it('leaves Luxembourg out when the EU court rules there on another country', () => {
    const ruling = {
      title: 'EU court rules against Poland',
      body: 'LUXEMBOURG (Reuters) - The European Court of Justice ruled against Poland on Tuesday over its judicial reforms. Poland said it would comply.',
    };
    expect(focus(ruling)).toEqual(['PL']);
    expect(pairs(ruling)).not.toContain('LU-PL');
  });

  it('keeps Luxembourg when the story names it again', () => {
    expect(
      focus({
        title: 'EU court rules on Luxembourg tax deal',
        body: 'LUXEMBOURG (Reuters) - The European Court of Justice ruled on Tuesday that Luxembourg must recover taxes from a retailer. Luxembourg said it would study the ruling.',
      }),
    ).toContain('LU');
  });
});
