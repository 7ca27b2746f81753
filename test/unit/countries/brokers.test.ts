import { describe, expect, it } from 'vitest';
import { pairsOf as pairs } from './focus-and-pairs.js';

// read20 F10 left over: in a story about two countries, the country that brokered their deal is a party to it,
// not background, even when the sentence naming it names both sides (no act between two alone).
describe('the broker of a two-country deal', () => {
  it('pairs a country a deal was brokered by with each side', () => {
    const body =
      "DUBAI (Reuters) - Saudi Arabia and Iran agreed on Friday to restore diplomatic ties and reopen embassies within two months, in a deal brokered by China after four days of talks in Beijing. Iran's top security official signed the agreement with Saudi Arabia's national security adviser. Riyadh cut ties with Tehran in 2016 after its embassy was stormed.";

    expect(pairs({ title: 'Saudi Arabia, Iran agree to restore ties', body })).toEqual(
      expect.arrayContaining(['CN-IR', 'CN-SA', 'IR-SA']),
    );
  });

  it('pairs a broker named once, before the deal ("a China-brokered deal")', () => {
    const body =
      "DUBAI (Reuters) - Saudi Arabia and Iran agreed on Friday to restore diplomatic ties and reopen embassies within two months, in a China-brokered deal. Iran's top security official signed the agreement with Saudi Arabia's national security adviser. Riyadh cut ties with Tehran in 2016 after its embassy was stormed.";

    expect(pairs({ title: 'Saudi Arabia, Iran agree to restore ties', body })).toEqual(
      expect.arrayContaining(['CN-IR', 'CN-SA']),
    );
  });

  it('pairs a country that mediated talks with the two that signed', () => {
    const body =
      "ADDIS ABABA (Reuters) - Ethiopia and Eritrea signed an accord on Sunday in talks mediated by Saudi Arabia, ending two decades of hostility. Eritrea's president said the border would reopen. Ethiopia's prime minister thanked the kingdom. Ethiopia said flights to Asmara would resume next week.";

    expect(pairs({ title: 'Ethiopia, Eritrea sign accord', body })).toEqual(['ER-ET', 'ER-SA', 'ET-SA']);
  });

  it('still leaves out a third country named beside one side as background', () => {
    const body =
      'TOKYO (Reuters) - Japan agreed to buy more soybeans from China this year, officials said. Japan bought 1.2 million tonnes from China last year. Low crop prices in Brazil had weighed on the market. Chinese exporters welcomed the deal with Japan.';

    expect(pairs({ title: 'Japan to buy more Chinese soybeans', body })).toEqual(['CN-JP']);
  });
});

describe('two or more brokers listed after "by"', () => {
  it('pairs each listed mediator with each side, the second one too', () => {
    const body =
      "Armenia and Azerbaijan agreed on the text of a peace treaty in talks mediated by Kazakhstan and Russia, the two foreign ministries said. Armenian and Azerbaijani leaders will sign it later. Azerbaijan has demanded changes to Armenia's constitution.";

    expect(pairs({ title: 'Armenia, Azerbaijan agree text of peace treaty', body })).toEqual(
      expect.arrayContaining(['AM-RU', 'AZ-RU']),
    );
  });

  it('pairs a broker named once when the other broker is in focus through the dateline', () => {
    const body =
      'JEDDAH - Ethiopia and Eritrea signed a peace deal on Sunday brokered by Saudi Arabia and the United Arab Emirates, ending two decades of hostility. Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki shook hands. Ethiopia will reopen its embassy in Asmara.';

    expect(pairs({ title: 'Ethiopia, Eritrea sign peace deal', body })).toEqual(
      expect.arrayContaining(['AE-ER', 'AE-ET']),
    );
  });
});
