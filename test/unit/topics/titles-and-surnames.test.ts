import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { quotedTitles } from '../../../functions/core/topics/quoted-titles.js';

const DISASTER = 'medtop:03000000';
const SPORT = 'medtop:15000000';
const ECONOMY = 'medtop:04000000';
const RELIGION = 'medtop:12000000';
const POLITICS = 'medtop:11000000';
const HEADS_OF_STATE = 'medtop:20000610';

const idsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('words inside titles of works are not evidence', () => {
  it('reads a prize for a film called an accident as no accident', () => {
    const ids = idsOf(
      'Iranian director wins top prize at Venice',
      'The Iranian director won the Golden Lion at the Venice Film Festival on Saturday for "A Simple ' +
        'Accident on the Road", a drama about a long drive home.',
    );

    expect(ids).not.toContain(DISASTER);
  });

  it('reads an actress\'s films "Reds" and "Book Club" and "a fixture of Hollywood" as no sport', () => {
    const ids = idsOf(
      'Actress Joan Merrow dies at 81',
      'Joan Merrow, the actress who was a fixture of Hollywood comedies for four decades, has died aged 81, ' +
        'her family said. She won an Oscar for "The Long Lunch" and went on to earn nominations for "Reds", ' +
        '"Second Helpings" and "Book Club".',
    );

    expect(ids).not.toContain(SPORT);
    expect(ids).not.toContain(ECONOMY);
  });

  it('finds titles in title case, one word only in a list of titles, and leaves quoted speech alone', () => {
    const text =
      'She starred in "Reds", "Second Helpings" and \'The Long Lunch\'. He called it "a simple accident" ' +
      'and said "Brexit" was done.';

    const titles = quotedTitles(text).map(([start, end]) => text.slice(start, end));

    expect(titles).toEqual(['Reds', 'Second Helpings', 'The Long Lunch']);
  });
});

describe('names of people are not evidence', () => {
  it('reads an airline chairman called Lord King as no king', () => {
    const { topics } = tagArticle({
      title: 'Airline chairman backs merger',
      body:
        "The airline's chairman, Lord King, said on Tuesday the merger would create Europe's biggest carrier. " +
        'Lord King told reporters that shareholders would vote in March.',
    });

    expect(topics.map((t) => t.id)).not.toContain(HEADS_OF_STATE);
    expect(topics.find((t) => t.id === POLITICS)?.evidence ?? []).not.toContain('king');
  });

  it('reads "Mr Flight" after "Howard Flight" as the MP, not air transport', () => {
    const ids = idsOf(
      'Tory MP deselected',
      'The Conservative MP Howard Flight was deselected on Tuesday over remarks about spending cuts. Mr ' +
        "Flight said he would appeal to the party's board.",
    );

    expect(ids[0]).toBe(POLITICS);
    expect(ids).not.toContain(ECONOMY);
  });

  it("reads a given name inside an official's full name as no religion, and keeps the office", () => {
    const ids = idsOf(
      'Ombudsman files graft charges',
      'Ombudsman Jesus Ramon Delgado filed graft charges on Monday against 12 officials over public works ' +
        'projects, his office said.',
    );

    expect(ids).not.toContain(RELIGION);
    expect(ids).toContain(POLITICS);
  });

  it('reads a film that "earned" nominations as no company earnings', () => {
    const ids = idsOf(
      'Thriller leads nominations',
      'The thriller earned nine nominations on Thursday, including best picture and best director, while ' +
        'the musical earned seven.',
    );

    expect(ids).not.toContain(ECONOMY);
  });
});
