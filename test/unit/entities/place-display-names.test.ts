import { describe, expect, it } from 'vitest';
import type { Entity, TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';

// Invented stories. A place's id is its GeoNames id; its name is what a reader of English news expects to see.
function placeHolding(result: TagResult, text: string): Entity | undefined {
  return result.entities.find((e) => e.type === 'place' && e.mentions.some((m) => m.text === text));
}

describe('names of places shown to users', () => {
  it('shows the article\u2019s spelling of a place GeoNames writes with romanisation marks ("Rafah")', () => {
    const result = tagArticle({
      title: 'Aid trucks enter Gaza',
      body: 'Aid trucks entered Gaza through the Rafah crossing on Monday. Officials in Rafah said more would come.',
    });

    expect(placeHolding(result, 'Rafah')?.name).toBe('Rafah');
  });

  it('shows a romanised name without its marks when the article spells it another way ("Hodeidah")', () => {
    const result = tagArticle({
      title: 'Missiles fired from Yemen',
      body: 'Houthi forces near Hodeidah fired two missiles at ships in the Red Sea on Tuesday, the army said.',
    });

    const name = placeHolding(result, 'Hodeidah')?.name ?? '';
    expect(name).toBe('Al Hudaydah');
  });

  it('keeps the letters of a language that writes them ("\u015eanl\u0131urfa", "Timi\u015foara")', () => {
    const result = tagArticle({
      title: 'Quake felt in two countries',
      body: 'The earthquake was felt in Sanliurfa in Turkey and, hours later, residents of Timisoara in Romania fled.',
    });

    expect(placeHolding(result, 'Sanliurfa')?.name).toBe('\u015eanl\u0131urfa');
    expect(placeHolding(result, 'Timisoara')?.name).toBe('Timi\u015foara');
  });

  it('names a city of a Polish article by its English name, not by a declined form ("w Warszawie" is Warsaw)', () => {
    const result = tagArticle({
      title: 'Rozmowy w Warszawie',
      body:
        'Minister spotka\u0142 si\u0119 z ukrai\u0144skim odpowiednikiem w Warszawie. Polska zapowiedzia\u0142a ' +
        'pomoc wojskow\u0105 dla Kijowa i Ukrainy. Rozmowy w Warszawie trwa\u0142y dwie godziny.',
    });

    expect(placeHolding(result, 'Warszawie')?.name).toBe('Warsaw');
    expect(placeHolding(result, 'Kijowa')?.name).toBe('Kyiv');
  });

  it('names a city of a German article by its English name ("Br\u00fcssel", "Wien")', () => {
    const result = tagArticle({
      title: 'Verhandlungen in Br\u00fcssel',
      body:
        'Die Bundesregierung geriet unter Druck der Kommission in Br\u00fcssel. In Br\u00fcssel und Berlin wurde am ' +
        'Montag verhandelt. Die Regierung in Wien schwieg.',
    });

    expect(placeHolding(result, 'Br\u00fcssel')?.name).toBe('Brussels');
    expect(placeHolding(result, 'Wien')?.name).toBe('Vienna');
  });
});
