import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented wire items (names and places changed) about rain, floods, landslides and storms in the four languages
// review29 probed (T3, T4): each used to get no topic, as the lists named quakes and fires but not these.
const topLevels = (result: TagResult) => result.topics.filter((t) => t.level === 1).map((t) => t.id);

describe('disaster and weather words of articles in Spanish, French, Portuguese and German', () => {
  it('files a Spanish story of torrential rain and evacuations under weather and disaster', () => {
    const result = tagArticle({
      title: 'Las lluvias torrenciales obligan a evacuar a miles de vecinos en Almer\u00eda',
      body:
        'Las lluvias torrenciales ca\u00eddas durante la noche obligaron a evacuar a m\u00e1s de 2.000 vecinos de varios ' +
        'barrios. Los bomberos rescataron a decenas de personas atrapadas en sus coches y la agencia de ' +
        'meteorolog\u00eda mantiene el aviso rojo.',
    });

    expect(result.language).toBe('es');
    expect(topLevels(result)).toEqual(expect.arrayContaining([TOP_LEVEL.weather, TOP_LEVEL.disaster]));
  });

  it('files a French story of flash floods forcing residents out under disaster first', () => {
    const result = tagArticle({
      title: 'Des crues soudaines obligent des centaines d\u2019habitants \u00e0 \u00e9vacuer',
      body:
        'Des crues soudaines ont frapp\u00e9 la vall\u00e9e dans la nuit, obligeant des centaines d\u2019habitants \u00e0 ' +
        '\u00e9vacuer leur logement. Un automobiliste a \u00e9t\u00e9 secouru par les pompiers sur le toit de sa voiture.',
    });

    expect(result.language).toBe('fr');
    expect(topLevels(result)[0]).toBe(TOP_LEVEL.disaster);
  });

  it('files a Portuguese story of floods and a state of calamity under disaster first', () => {
    const result = tagArticle({
      title: 'Cheias obrigam milhares de pessoas a deixar as casas no Paran\u00e1',
      body:
        'As cheias atingiram dezenas de cidades do estado, que decretou estado de calamidade p\u00fablica. ' +
        'Os bombeiros retiraram moradores soterrados pelos escombros de uma casa.',
    });

    expect(result.language).toBe('pt');
    expect(topLevels(result)[0]).toBe(TOP_LEVEL.disaster);
  });

  it('files a German story of a mudslide burying a hamlet under disaster first', () => {
    const result = tagArticle({
      title: 'Murgang versch\u00fcttet Weiler in den Bergen',
      body:
        'Ein Murgang hat in der Nacht einen Weiler fast vollst\u00e4ndig versch\u00fcttet. Die Bewohner waren zuvor ' +
        'evakuiert worden, teilte die Polizei mit. Geologen warnen vor einem weiteren Felssturz.',
    });

    expect(result.language).toBe('de');
    expect(topLevels(result)[0]).toBe(TOP_LEVEL.disaster);
  });

  it('files a German story of heavy rain and a storm warning under weather', () => {
    const result = tagArticle({
      title: 'Unwetter: Starkregen setzt Stra\u00dfen unter Wasser',
      body:
        'Starkregen und Gewitter haben am Abend viele Stra\u00dfen der Stadt \u00fcberflutet. Der Wetterdienst gab eine ' +
        'Unwetterwarnung heraus, die Feuerwehr r\u00fcckte mehr als 300 Mal aus.',
    });

    expect(result.language).toBe('de');
    expect(topLevels(result)[0]).toBe(TOP_LEVEL.weather);
  });

  it('gives a French price story that says "en glissement annuel" no disaster topic', () => {
    const result = tagArticle({
      title: 'L\u2019inflation ralentit \u00e0 1,2% en novembre',
      body:
        'Les prix \u00e0 la consommation ont augment\u00e9 de 1,2% en glissement annuel en novembre, apr\u00e8s 1,5% en ' +
        'octobre, selon l\u2019institut de statistique. Le ralentissement tient surtout aux prix de l\u2019\u00e9nergie, ' +
        'a pr\u00e9cis\u00e9 l\u2019institut, alors que la croissance de l\u2019\u00e9conomie reste faible.',
    });

    expect(result.language).toBe('fr');
    expect(topLevels(result)).not.toContain(TOP_LEVEL.disaster);
    expect(topLevels(result)[0]).toBe(TOP_LEVEL.economy);
  });
});
