import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { firstTopLevel } from './topic-ids.js';

const HEADS_OF_STATE = 'medtop:20000610';

describe("review33 T6: a country's former president in the headline is a head of state's story", () => {
  it('files the obituary of a former rebel who became president under politics first', () => {
    // Arrange
    const title = "Paraguay's former president Tomas Arrieta dies at 87";
    const body =
      "ASUNCION - Tomas Arrieta, a former guerrilla who became Paraguay's president, died on Wednesday. " +
      'He spent his last years on a small cattle ranch outside Asuncion.';

    // Act
    const { topics } = tagArticle({ title, body });

    // Assert
    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
    expect(topics.map((t) => t.id)).toContain(HEADS_OF_STATE);
  });

  it("gives no head of state to a carmaker's former president", () => {
    // Arrange
    const title = "Carmaker's former president Ken Sato dies at 81";
    const body =
      'TOKYO - Ken Sato, who led the carmaker through its expansion into Europe as president, died on Monday, ' +
      'the company said.';

    // Act
    const ids = tagArticle({ title, body }).topics.map((t) => t.id);

    // Assert
    expect(ids).not.toContain(HEADS_OF_STATE);
  });
});
