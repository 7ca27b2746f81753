import fc from 'fast-check';
import { francAll } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../functions/core/text/language.js';
import { languageScores, trigramModelBuilt } from '../../../functions/core/text/trigrams.js';

// Vitest runs each test file in its own process, so the model starts unbuilt here; the first test
// relies on running before any non-English text is scored.
describe('trigram model loading', () => {
  it('English news and short or script-only text never build the trigram model', () => {
    const english = [
      'Han Zheng, on a mission as an emissary from Chinese President Xi Jinping, addressed a variety of subjects with J.D. Vance, as noted by the transition team, and said the talks were useful.',
      'Shares rose 3 pct',
      '',
      '北京时间周一，中国国家主席习近平在人民大会堂会见了来访的外国领导人。',
    ];

    const languages = english.map(detectLanguage);

    expect(languages).toEqual(['en', 'en', 'en', 'zh']);
    expect(trigramModelBuilt()).toBe(false);
  });

  it('a text that is not clearly English builds the model and gets the language franc-min gives', () => {
    const french =
      'Le président de la République a annoncé mardi une réforme des retraites pour la fin de l’année.';

    const language = detectLanguage(french);

    expect(language).toBe('fr');
    expect(trigramModelBuilt()).toBe(true);
    expect(francAll(french.toLowerCase(), { minLength: 3 })[0]?.[0]).toBe('fra');
  });
});

describe('languageScores', () => {
  const samples = [
    'Le président de la République a annoncé mardi une réforme des retraites.',
    'Die Bundesregierung hat am Mittwoch neue Maßnahmen gegen die hohe Inflation beschlossen.',
    'El gobierno de España anunció el martes nuevas medidas económicas para las familias.',
    'O presidente do Brasil visitou a China na semana passada para discutir o comércio.',
    'Il governo italiano ha approvato la legge di bilancio dopo una lunga discussione.',
    'Рост цен на нефть продолжился в понедельник после решения ОПЕК.',
    'Зростання цін на нафту тривало в понеділок після рішення ОПЕК.',
    'أعلنت الحكومة يوم الثلاثاء عن إجراءات جديدة لمواجهة التضخم.',
    'प्रधानमंत्री ने मंगलवार को नई आर्थिक नीति की घोषणा की।',
    '東京証券取引所で株価が上昇した。',
    '서울에서 정상회담이 열렸다.',
    'VOLCKER SAYS EXCHANGE RATE ADJUSTMENT ENOUGH TO NARROW U.S. TRADE DEFICIT',
    'the of and to in',
    'ab',
    '12:30 – 4-1',
    '!!!',
    '',
  ];

  it('gives the scores franc-min gives, in the same order, for text in many languages and scripts', () => {
    for (const text of samples) {
      expect(languageScores(text, 3), text).toEqual(francAll(text, { minLength: 3 }));
    }
  });

  it('gives the scores franc-min gives for arbitrary text and minimum lengths', () => {
    const letters = fc.constantFrom(...'abcdeéèfghijklmnoöpqrstuüvwxyzß ,.-1ДжзиБ漢字αβγ\n\t!@İ09'.split(''));
    fc.assert(
      fc.property(
        fc.array(letters, { maxLength: 300 }),
        fc.integer({ min: 0, max: 20 }),
        (chars, minLength) => {
          const text = chars.join('');
          expect(languageScores(text, minLength)).toEqual(francAll(text, { minLength }));
        },
      ),
      { numRuns: 200 },
    );
  });
});
