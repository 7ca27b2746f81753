import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Session 38 (mendT38): wild38b ★7, a silenced outlet and a transcript's header. Invented stories.
const topIds = (result: TagResult) => result.topics.filter((t) => t.level === 1).map((t) => t.id);
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const evidenceOf = (result: TagResult, id: string) => result.topics.find((t) => t.id === id)?.evidence ?? [];
const FREEDOM_OF_THE_PRESS = 'medtop:20000591';

describe('a news outlet silenced in the headline', () => {
  it('a junta that suspends the BBC is a press freedom story first', () => {
    const result = tagArticle({
      title: 'Niger junta suspends BBC for three months',
      body: "Niamey's military authorities accused the broadcaster of spreading false information.",
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.politics);
    expect(evidenceOf(result, FREEDOM_OF_THE_PRESS)).toContain('suspends BBC');
  });

  it("a government that revokes a TV station's licence curbs the press", () => {
    const result = tagArticle({
      title: 'Government revokes licence of opposition TV station',
      body: 'The broadcasting regulator said the channel had aired reports that threatened national security.',
    });

    expect(ids(result)).toContain(FREEDOM_OF_THE_PRESS);
  });

  it('the BBC that suspends a presenter curbs no press', () => {
    const result = tagArticle({
      title: 'BBC suspends presenter over complaints',
      body: 'The BBC suspended a presenter on Monday while it investigates complaints about his conduct.',
    });

    expect(ids(result)).not.toContain(FREEDOM_OF_THE_PRESS);
  });
});

describe('a news outlet only quoted as the source (read38 ★8)', () => {
  it('an outlet after a dash is the source, not the curbed party', () => {
    const result = tagArticle({
      title: 'Trump suspends aid to Colombia - CNN',
      body:
        'President Donald Trump halted U.S. aid payments to Colombia on Sunday, accusing President Gustavo Petro of ' +
        'failing to curb cocaine production.',
    });

    expect(ids(result)).not.toContain(FREEDOM_OF_THE_PRESS);
  });

  it('an agency that reports a ban after a comma is the source', () => {
    const result = tagArticle({
      title: 'Budapest bans Pride march, police say, AFP reports',
      body:
        "Hungarian police banned this year's Pride march in Budapest on Monday, citing a new law on child " +
        'protection, organisers said.',
    });

    expect(ids(result)).not.toContain(FREEDOM_OF_THE_PRESS);
    expect(topIds(result)[0]).toBe(TOP_LEVEL.crime);
  });

  it('a close ally who tells CNN something silences no one', () => {
    const result = tagArticle({
      title: "Putin's close ally tells CNN peace talks are dead",
      body:
        'Dmitry Medvedev said in an interview that Moscow saw no point in further negotiations with Kyiv while ' +
        'Western weapons kept flowing to Ukraine.',
    });

    expect(ids(result)).not.toContain(FREEDOM_OF_THE_PRESS);
    expect(topIds(result)[0]).toBe(TOP_LEVEL.conflict);
  });

  it('an outlet the verb takes is still curbed when closed', () => {
    const result = tagArticle({
      title: 'Government closes opposition newspaper over election coverage',
      body: 'The information ministry said the paper had published false results.',
    });

    expect(evidenceOf(result, FREEDOM_OF_THE_PRESS)).toContain('closes opposition newspaper');
  });
});

describe("a broadcast transcript's header", () => {
  it('names the programme, not the story', () => {
    const result = tagArticle({
      title: 'CNN NEWSROOM transcript',
      body:
        'BLITZER: Israel says it has received the remains of another hostage from Hamas. Jeremy Diamond is in Tel ' +
        "Aviv.\nDIAMOND: Wolf, the Israeli prime minister's office confirmed the handover through the Red Cross in " +
        'Gaza a short time ago.',
    });

    expect(topIds(result)[0]).not.toBe(TOP_LEVEL.arts);
  });

  it('a headline about released transcripts keeps its words', () => {
    const result = tagArticle({
      title: 'Court releases transcripts of BBC interview',
      body: 'The transcripts were published on Monday after a request by newspapers.',
    });

    expect(evidenceOf(result, TOP_LEVEL.crime)).toContain('court');
  });
});
