import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { firstTopLevel } from './topic-ids.js';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('mendT29 (read29 F-k): only workers who walk out make a headline walkout labour news first', () => {
  it('leaves opposition lawmakers who walk out of parliament with politics', () => {
    const topics = topicsOf(
      'Opposition walks out of parliament over tax bill',
      "Zambia's opposition lawmakers walked out of parliament on Wednesday as the finance minister read the tax bill, saying it would hurt farmers. The speaker said the vote would go ahead next week.",
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
  });

  it("leaves envoys who walk out of a minister's speech with politics", () => {
    const topics = topicsOf(
      'Envoys walk out as foreign minister speaks at summit',
      'Envoys from several European states walked out of the conference hall on Monday as the foreign minister began his speech, accusing his government of arming militias. He called for new talks on disarmament.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
  });

  it('reads navy strikes in the headline as no walkout, though staff walked out in the lead', () => {
    const topics = topicsOf(
      'Navy strikes hit rebel bases',
      'Navy jets struck rebel bases along the coast on Saturday, the defence ministry said, after hospital staff in the port city walked out over unpaid wages. The minister said further strikes would follow.',
    );

    expect(firstTopLevel(topics)).not.toBe(TOP_LEVEL.labour);
  });

  it('still files train drivers who walk out over pay under labour before the ministers', () => {
    const topics = topicsOf(
      'Train drivers walk out over pay',
      'Train drivers across England walked out on Monday in a row over pay, the union said, as the transport secretary told MPs the government would not reopen the offer. Ministers urged the union to return to talks.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.labour);
  });
});

describe('review31 T4: diplomats or lawmakers who stage a walkout make no labour strike', () => {
  const ids = (title: string, body: string) => topicsOf(title, body).map((t) => t.id);

  it('lists no labour for envoys who staged a walkout during a speech', () => {
    const found = ids(
      'Envoys stage walkout as president addresses UN',
      'NEW YORK - Diplomats from a dozen countries staged a walkout at the United Nations General Assembly on Tuesday as the president began his speech.',
    );

    expect(found).not.toContain(TOP_LEVEL.labour);
  });

  it('lists no labour for an opposition walkout in parliament', () => {
    const found = ids(
      'Opposition walkout as parliament passes security law',
      'Opposition lawmakers staged a walkout in parliament on Thursday before the vote on a security bill, which passed with 180 votes.',
    );

    expect(found).not.toContain(TOP_LEVEL.labour);
  });

  it("keeps rail workers' walkout over pay under labour first, though ministers answer it", () => {
    const topics = topicsOf(
      'Rail workers stage 48-hour walkout over pay',
      "Rail workers staged a 48-hour walkout on Monday in a dispute over pay, the union said, as the transport secretary urged them to accept the government's offer. Ministers said the walkout was unjustified.",
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.labour);
  });
});

describe('read32 F10: a walkout by a trade the workers list did not name is still a strike', () => {
  const LABOUR_STRIKE = 'medtop:20000530';

  it('files civil servants who staged a walkout during a budget debate under labour first', () => {
    // Arrange
    const title = 'Public servants stage walkout as budget vote nears';
    const body =
      'OTTAWA - Tens of thousands of public servants staged a nationwide walkout on Wednesday over a return-to-office ' +
      'order, as parliament prepared for a budget vote. The prime minister said the government would not back down.';

    // Act
    const topics = topicsOf(title, body);

    // Assert
    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.labour);
    expect(topics.map((t) => t.id)).toContain(LABOUR_STRIKE);
  });

  it("lists a labour strike for air traffic controllers' walkout that grounds flights", () => {
    // Arrange
    const title = 'Controllers walkout grounds flights';
    const body =
      'LISBON - Air traffic controllers staged a 24-hour walkout on Friday, forcing airlines to cancel 900 flights, as ' +
      'lawmakers of the ruling party called for a minimum service law. The transport minister urged them to return.';

    // Act
    const found = topicsOf(title, body).map((t) => t.id);

    // Assert
    expect(found).toContain(LABOUR_STRIKE);
  });

  it('still lists no labour for delegates who walk out of talks', () => {
    // Arrange
    const title = 'Delegates walk out of climate talks';
    const body =
      'BELEM - Delegates from small island states walked out of the climate talks on Friday, accusing rich countries of ' +
      'blocking a deal on finance, as ministers and the government of the host resumed negotiations.';

    // Act
    const found = topicsOf(title, body).map((t) => t.id);

    // Assert
    expect(found).not.toContain(TOP_LEVEL.labour);
  });
});
