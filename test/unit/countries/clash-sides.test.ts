import { describe, expect, it } from 'vitest';
import { resolveCountries } from '../../../functions/core/countries/resolve.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

const focusOf = (article: { body: string; title: string }) =>
  resolveCountries(prepareDocument({ ...article, language: 'en' }), [])
    .filter((c) => c.focus)
    .map((c) => c.code);

describe('a country fought "with" on the same side', () => {
  it('leaves an ally out of focus when the fight is "with" it "against" a third party', () => {
    const focus = focusOf({
      title: 'Kurdish forces hand over jail',
      body:
        'DAMASCUS - Kurdish-led forces handed over a jail holding militants to the Syrian government on Monday, ' +
        'officials said. The Syrian Kurdish fighters, who fought with U.S. forces against the militants for ' +
        'years, agreed in May to join the Syrian army. The handover went smoothly, a ministry official said.',
    });

    expect(focus).toEqual(['SY']);
  });

  it('still puts a country whose soldiers fought with the story’s country’s troops in focus', () => {
    const focus = focusOf({
      title: 'China says border calm',
      body:
        "BEIJING - China said on Wednesday its western border was calm and warned against provocations. China's " +
        'defence ministry said the army would protect the frontier.\n\nIndia, whose soldiers fought with Chinese ' +
        'troops in a high valley last week, called for talks, and Nepal urged calm, officials said.',
    });

    expect(focus).toEqual(['CN', 'IN']);
  });
});

describe('a clash in sports copy', () => {
  it('leaves the next opponent named once out of focus: a match, no conflict', () => {
    const focus = focusOf({
      title: 'Scotland see off Italy',
      body:
        'EDINBURGH - Scotland beat Italy 29-12 at Murrayfield on Sunday to keep their Six Nations hopes alive. ' +
        "Scotland's next clash with Japan in Tokyo comes in the autumn. Coach Gregor Townsend praised the pack.",
    });

    expect(focus).not.toContain('JP');
  });
});
