import { describe, expect, it } from 'vitest';
import { focusAndPairs as ofArticle } from './focus-and-pairs.js';

const focusAndPairs = (body: string) => ofArticle({ body });

describe('a short story whose speaking country reports on itself ("X says it …")', () => {
  it('makes the country that says "it has …" the actor and pairs it with its target', () => {
    const { focus, pairs } = focusAndPairs(
      'Israel says it has killed a Hezbollah commander in a strike on Beirut.',
    );

    expect(focus).toEqual(['IL', 'LB']);
    expect(pairs).toEqual(['IL-LB']);
  });

  it('reads "said on Monday it had" the same way', () => {
    const { focus, pairs } = focusAndPairs(
      'Japan said on Monday it had lodged a protest with China over the arrest of a Japanese engineer.',
    );

    expect(focus).toEqual(['CN', 'JP']);
    expect(pairs).toEqual(['CN-JP']);
  });

  it("puts the country whose people's word names the agent of what befalls the speaker in focus (review63)", () => {
    const { focus, pairs } = focusAndPairs(
      'Vietnam said it would not be intimidated by Chinese survey ships near its oil blocks.',
    );

    expect(focus).toEqual(['CN', 'VN']);
    expect(pairs).toEqual(['CN-VN']);
  });

  it('leaves a speaker out when the reported clause is about someone else', () => {
    const { focus } = focusAndPairs('Officials in Norway said the ferry from Denmark had docked safely.');

    expect(focus).not.toContain('NO');
  });
});

describe('the country attacked across a border in a short story', () => {
  it('puts the country a salvo of many weapons was launched at in focus (review63)', () => {
    const { focus, pairs } = focusAndPairs(
      'Armenia launched more than 40 drones and artillery rockets at Azerbaijan late on Friday, officials said.',
    );

    expect(focus).toEqual(['AM', 'AZ']);
    expect(pairs).toEqual(['AM-AZ']);
  });

  it('reads a barrage of drones launched at a capital as an attack on its country', () => {
    const { focus, pairs } = focusAndPairs('Ethiopia launched a barrage of drones at Asmara before dawn.');

    expect(focus).toEqual(['ER', 'ET']);
    expect(pairs).toEqual(['ER-ET']);
  });

  it('reads a product launched at an event abroad as one unveiled there, no attack', () => {
    const launched = focusAndPairs('Sony launched three new cameras at a trade fair in Germany on Tuesday.');
    const unveiled = focusAndPairs('Sony unveiled three new cameras at a trade fair in Germany on Tuesday.');

    expect(launched).toEqual(unveiled);
  });

  it('puts the country named by a possessive after "attacks on" in focus', () => {
    const { focus, pairs } = focusAndPairs(
      "Ukraine launched drone attacks on Russia's Tuapse oil refinery overnight.",
    );

    expect(focus).toEqual(['RU', 'UA']);
    expect(pairs).toEqual(['RU-UA']);
  });

  it('puts the country of a struck capital in focus ("Israel strikes Beirut")', () => {
    const { focus, pairs } = focusAndPairs(
      'Israel strikes Beirut for the first time in months, killing a commander.',
    );

    expect(focus).toEqual(['IL', 'LB']);
    expect(pairs).toEqual(['IL-LB']);
  });

  it('reads "hit" as an attack only in a sentence of war', () => {
    expect(focusAndPairs('Russian drones hit Kyiv overnight, killing four people.').focus).toEqual([
      'RU',
      'UA',
    ]);
    expect(
      focusAndPairs('German exports hit a record as demand from Japan recovered in October.').focus,
    ).toEqual(['DE']);
  });
});
