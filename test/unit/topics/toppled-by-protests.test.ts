import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

const COUP = 'medtop:20000070';

describe("review31 T6: protests that topple a government make no coup d'etat", () => {
  it('lists no coup for street protests that toppled a president', () => {
    const ids = topicIds(
      'Protests topple president',
      'LIMA - Weeks of street protests toppled the president on Friday after demonstrators clashed with police in the capital and Congress voted to remove her.',
    );

    expect(ids).not.toContain(COUP);
  });

  it('lists no coup for youth-led protests that toppled a government', () => {
    const ids = topicIds(
      'President flees as youth protests topple government',
      'The president fled the country after weeks of youth-led protests and rioting toppled his government, officials said.',
    );

    expect(ids).not.toContain(COUP);
  });

  it('keeps a coup where special forces toppled the president, though protests followed', () => {
    const ids = topicIds(
      'Troops topple president as crowds cheer',
      'Special forces toppled the president on Sunday and dissolved the government; crowds cheered the soldiers in the streets of the capital and there were protests in some districts.',
    );

    expect(ids).toContain(COUP);
  });
});
