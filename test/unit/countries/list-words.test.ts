import { describe, expect, it } from 'vitest';
import { pairsOf } from './focus-and-pairs.js';

/** An invented report on Nepal's recruitment fees whose second sentence is `second`. */
const FEES = (second: string) =>
  'KATHMANDU, May 4 - Nepal will cap the fees that recruitment agents may charge workers going abroad, its labour ' +
  `minister said on Tuesday.\n${second}\nNepal has a policy under which employers in Malaysia must pay recruitment ` +
  'costs, but it is widely ignored.\nBangladesh and India have promised to act against rogue agents, and Qatar ' +
  'abolished rules that tied workers to their employers.';
const TITLE = 'Nepal to cap fees charged by job agents';

describe('a list of countries with a word of ranking or addition in its sentence', () => {
  it('sets its members side by side when they are "among the lowest paid"', () => {
    // Arrange
    const body = FEES(
      'Workers from Nepal, India and Bangladesh are among the lowest paid in the Gulf, a study found.',
    );

    // Act
    const pairs = pairsOf({ title: TITLE, body });

    // Assert
    expect(pairs).not.toContain('IN-NP');
    expect(pairs).not.toContain('BD-NP');
  });

  it('sets its members side by side when the list goes on "together with" something else', () => {
    const body = FEES(
      "A study by researchers in Nepal, India, Qatar and Malaysia, together with interviews with 300 workers, found that most paid a year's wages in fees.",
    );

    const pairs = pairsOf({ title: TITLE, body });

    expect(pairs).not.toContain('IN-NP');
    expect(pairs).not.toContain('NP-QA');
  });

  it('still links its members when they act among themselves', () => {
    const body = FEES(
      'Workers from Nepal, India and Bangladesh compete among themselves for jobs in the Gulf, a study found.',
    );

    const pairs = pairsOf({ title: TITLE, body });

    expect(pairs).toContain('IN-NP');
    expect(pairs).toContain('BD-NP');
  });
});

/** An invented report on a runner's school appeal, naming where its donors were. */
const APPEAL =
  'MASERU, Sept 2 - A runner from Lesotho who ran from Cape Town to Cairo has raised more than $400,000 to build a ' +
  'school in her home village, organisers said on Tuesday, a week after she finished in Egypt.\n' +
  'More than 30,000 people gave online, many of them in South Africa and Lesotho, but also in Britain, the United ' +
  'States and Australia, where videos of her run were widely shared.\n' +
  "South Africa's largest bank gave $50,000, and runners in Britain plan a relay in her honour.\n" +
  "Lesotho's government has promised to pay the teachers.";

describe('a list going on after "but also"', () => {
  it('sets the countries after it beside those before it, as members of one list', () => {
    // Arrange
    const article = {
      title: 'Lesotho runner who crossed Africa to Egypt raises $400,000 for school',
      body: APPEAL,
    };

    // Act
    const pairs = pairsOf(article);

    // Assert
    expect(pairs).not.toContain('GB-LS');
  });
});
