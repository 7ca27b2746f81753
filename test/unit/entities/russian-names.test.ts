import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function peopleOf(body: string): string[] {
  return tagArticle({ title: '', body, language: 'ru' })
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);
}

describe('people named in Russian news', () => {
  it('leaves the country in the genitive after a title out of the name', () => {
    // Arrange: "the Russian foreign minister Sergei Lavrov", "the Russian president Vladimir Putin".
    const minister = 'Министр иностранных дел России Сергей Лавров провел переговоры в Анкаре.';
    const president = 'МОСКВА — Президент России Владимир Путин провел совещание с правительством.';

    // Act
    const people = [...peopleOf(minister), ...peopleOf(president)];

    // Assert
    expect(people).toEqual(['Сергей Лавров', 'Владимир Путин']);
  });

  it('reads no person in the name of a bank', () => {
    // "The Bank of Russia kept its key rate at 21%."
    expect(peopleOf('МОСКВА — Банк России сохранил ключевую ставку на уровне 21% годовых.')).toEqual([]);
  });
});
