import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { firstTopLevel, ids } from './topic-ids.js';

const HEADS_OF_STATE = 'medtop:20000610';
const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe("topics34 (read33, 752fe125): a country's president of a federation or a club is no head of state", () => {
  it('lists no head of state for the president of a football federation', () => {
    const topics = topicsOf(
      "Brazil's president of the football federation resigns amid corruption probe",
      'RIO DE JANEIRO - Ednaldo Rodrigues resigned on Friday as head of the body that runs Brazilian football, days after police searched its offices. The national team plays Colombia next month.',
    );

    expect(ids(topics)).not.toContain(HEADS_OF_STATE);
  });

  it('files the re-elected president of a football club under sport first', () => {
    const topics = topicsOf(
      "Spain's president of the Real Madrid club re-elected",
      'MADRID - Florentino Perez was re-elected on Sunday to lead Real Madrid after no rival candidate came forward, extending his time at the head of the football club until 2029.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.sport);
  });
});
