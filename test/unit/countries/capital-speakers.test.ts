import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { focusAndPairs } from './focus-and-pairs.js';

// wild38b ★2: a small capital speaking for its government ("Canberra said") was read as a surname, and a capital
// speaking in a short story's lead was only its speaker.
const tag = (title: string, body: string) => focusAndPairs({ title, body });

describe('a capital that speaks', () => {
  it('is its government, answering the government the clause names by its seat', () => {
    // Arrange
    const body = 'Canberra said the tariffs imposed by Beijing were unjustified.';

    // Act
    const { focus, pairs } = tag('Tariff row deepens', body);

    // Assert
    expect(focus).toEqual(['AU', 'CN']);
    expect(pairs).toEqual(['AU-CN']);
  });

  it('pairs Pristina with Belgrade and Vilnius with Moscow', () => {
    expect(tag('Kosovo row', 'Pristina said the move by Belgrade was illegal.').pairs).toEqual(['RS-XK']);
    expect(tag('Gas imports halted', 'Vilnius said it would stop buying gas from Moscow.').pairs).toEqual([
      'LT-RU',
    ]);
  });

  it('leaves a town that is no capital before "said" a surname', () => {
    const { focus } = tag('Coach upbeat', 'Leicester said the team was ready for the final.');

    expect(focus).toEqual([]);
  });

  it('is its government speaking of itself as "it" after the day, the channel or "that" (wild50 C1)', () => {
    // Act
    const oslo = tag('', 'Oslo said on Monday it would answer the new export rules.');
    const riga = tag('', 'Riga said late on Thursday that it would close two border crossings.');
    const tunis = tag('', 'Tunis said in a statement it had recalled its envoy.');

    // Assert
    expect(oslo.focus).toEqual(['NO']);
    expect(riga.focus).toEqual(['LV']);
    expect(tunis.focus).toEqual(['TN']);
  });

  it('is no government when what "it" did is a firm\'s act: a stake sold per a filing, prices of its products (read50 R20)', () => {
    // Act
    const stake = tag(
      '',
      'Canberra said in a statement it had sold its shares in the miner, according to a filing.',
    );
    const prices = tag('', 'Lisbon said on Monday it would raise prices of its hiking boots by 5 percent.');

    // Assert
    expect(stake.focus).toEqual([]);
    expect(prices.focus).toEqual([]);
  });

  it("is its government when the money words are a treasury's: trade figures, a dividends tax, tax revenues (read51 R13)", () => {
    // Act
    const figures = tag(
      '',
      'Canberra said in a statement it would publish quarterly export figures from July.',
    );
    const tax = tag('', 'Lisbon said on Friday it would cut the dividends tax paid by foreign investors.');
    const revenues = tag('', 'Oslo said on Monday it expects oil revenues to fall 8 percent next year.');

    // Assert
    expect(figures.focus).toEqual(['AU']);
    expect(tax.focus).toEqual(['PT']);
    expect(revenues.focus).toEqual(['NO']);
  });

  it("is no government when the money words are the firm's own: its quarterly dividend (read51 R13)", () => {
    // Act
    const found = tag('', 'Lisbon said on Monday it would raise its quarterly dividend to 30 cents a share.');

    // Assert
    expect(found.focus).toEqual([]);
  });

  it('stays a surname when the report takes it up as "he" after the day', () => {
    expect(tag('', 'Colombo said on Monday he would appeal the fine.').focus).toEqual([]);
  });

  it('is its government closing a report that names another state (mend58 left: ", Wellington said.")', () => {
    // Act
    const deported = tag('', 'Canberra deported 40 Fijians last month, Suva said.');
    const replied = tag('', 'Beijing had not replied to the request, Wellington said on Monday.');

    // Assert
    expect(deported.focus).toContain('FJ');
    expect(replied.focus).toEqual(['CN', 'NZ']);
  });

  it('stays a person closing a report that takes someone up as "he" or names no state', () => {
    expect(tag('', 'He had never played better, Wellington said.').focus).toEqual([]);
    expect(tag('', 'We fled Russia in 2022 with two suitcases, Wellington said.').focus).not.toContain('NZ');
    expect(tag('', 'The squad trained well all week, Wellington said.').focus).toEqual([]);
  });

  // review59 ★2: a capital that is also a given name, quoting someone in the first person, was read as the state.
  it('is the person it names closing a report in the first person', () => {
    // Act
    const sofia = tagArticle({ title: '', body: 'We fled Russia in 2022 with two suitcases, Sofia said.' });
    const santiago = tag('', 'My parents came from Mexico with nothing, Santiago said.');
    const paris = tag('', 'I never wanted to leave Russia, Paris said.');

    // Assert
    expect(sofia.countries.map((c) => c.code)).toEqual(['RU']);
    expect(sofia.entities.map((e) => `${e.name}/${e.type}`)).toContain('Sofia/person');
    expect(santiago.focus).toEqual(['MX']);
    expect(paris.focus).toEqual(['RU']);
  });

  it('stays its government speaking as "we" where no one bears its name, or in a statement', () => {
    expect(tag('', 'We will respond to any attack on our territory, Tehran said.').focus).toEqual(['IR']);
    expect(tag('', 'China has imposed unfair tariffs on our wine, Canberra said.').focus).toEqual([
      'AU',
      'CN',
    ]);
    expect(tag('', 'We condemn the attack, Sofia said in a statement.').focus).toEqual(['BG']);
  });

  it('is a player or a coach closing the report of a match (mend59, left)', () => {
    // Act
    const kingston = tagArticle({ title: '', body: 'India played well in the first half, Kingston said.' });

    // Assert
    expect(kingston.countries.map((c) => c.code)).toEqual(['IN']);
    expect(kingston.entities.map((e) => `${e.name}/${e.type}`)).toContain('Kingston/person');
  });
});
