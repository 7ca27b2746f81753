import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { topicIds } from './topic-ids.js';

const ARTS = 'medtop:01000000';
const CRIME = 'medtop:02000000';
const ECONOMY = 'medtop:04000000';
const POLITICS = 'medtop:11000000';
const SPORT = 'medtop:15000000';
const SOCIAL_MEDIA = 'medtop:20001182';
const COMPUTING_SECTOR = 'medtop:20000225';
const EARNINGS = 'medtop:20000178';
const TAXATION = 'medtop:20000620';

const firstTopLevel = (title: string, body: string) =>
  tagArticle({ title, body }).topics.find((t) => t.level === 1)?.id;

describe('results reports, offices of business bodies, accounts and levies (topics20)', () => {
  it('files a chip maker whose profit rose on data-centre chip sales under business, not technology', () => {
    const title = 'AMD profit rises as data centre chip sales jump';
    const body =
      'Advanced Micro Devices said third-quarter profit rose 18% as sales of its data centre processors and AI ' +
      'chips jumped. Revenue was $6.8 billion, in line with forecasts. The chipmaker expects fourth-quarter ' +
      'revenue of about $7.5 billion.';

    expect(firstTopLevel(title, body)).toBe(ECONOMY);
    expect(topicIds(title, body)).toContain(EARNINGS);
  });

  it('files an electronics maker whose operating profit fell in won under business, with no sport', () => {
    const title = 'Samsung operating profit falls on weak memory chip prices';
    const body =
      'Samsung Electronics said on Tuesday its third-quarter operating profit fell 12% to 9.1 trillion won, hurt ' +
      'by weaker prices for memory chips used in smartphones and computers. Sales rose 7%. The company said ' +
      'demand for high-bandwidth memory for AI servers would grow next year.';

    expect(firstTopLevel(title, body)).toBe(ECONOMY);
    expect(topicIds(title, body)).not.toContain(SPORT);
  });

  it('lists the computing sector for a cloud unit’s revenue', () => {
    const topics = topicIds(
      'Alibaba cloud revenue jumps 26% on AI demand',
      'Alibaba Group said revenue from its cloud computing unit rose 26% in the September quarter, as demand ' +
        'from companies building artificial intelligence models grew. The Chinese company’s total revenue rose 5% ' +
        'to 247.8 billion yuan. Its shares rose 3% in Hong Kong.',
    );

    expect(topics[0]).toBe(ECONOMY);
    expect(topics).toContain(COMPUTING_SECTOR);
  });

  it('keeps politics out of a central bank’s rate decision told through its council, governor and spokesman', () => {
    const topics = topicIds(
      'Bank of Korea holds key rate at 2.5%',
      'The Bank of Korea kept its base rate unchanged at 2.50% on Thursday, as expected, after its monetary ' +
        'policy board met to review the outlook.\n\nGovernor Rhee Chang-yong told reporters the board saw no need ' +
        'for a cut while household debt and house prices in Seoul kept rising. A spokesman for the central bank ' +
        'said the council would meet again in January.',
    );

    expect(topics[0]).toBe(ECONOMY);
    expect(topics).not.toContain(POLITICS);
  });

  it('keeps politics out of an OPEC+ output decision told through its minister, president and quotas', () => {
    const topics = topicIds(
      'OPEC+ keeps output steady for first quarter',
      'OPEC+ agreed on Sunday to keep its oil output unchanged for the first quarter of next year, the group said ' +
        'after a meeting.\n\nSaudi Energy Minister Prince Abdulaziz bin Salman said the producers would keep their ' +
        "quotas under review. The group's president said demand was expected to recover in the spring.\n\n" +
        'Brent crude rose 1% to $64 a barrel on Monday.',
    );

    expect(topics[0]).toBe(ECONOMY);
    expect(topics).not.toContain(POLITICS);
  });

  it('reads oil prices that rebounded, and a rebound that served as a reminder, as no sport', () => {
    const topics = topicIds(
      'Oil rebounds above $80 as cold snap lifts demand',
      'Oil prices rebounded above $80 a barrel on Wednesday as freezing weather in the United States lifted ' +
        'demand for heating fuel. The rebound served as a reminder of how tight supplies remain, traders said. ' +
        'Brent crude rose 2% and US crude 2.4%. Stocks of distillate fuel fell more than expected last week.',
    );

    expect(topics).not.toContain(SPORT);
  });

  it('files teenagers’ Instagram accounts with default limits as social media, not company accounts', () => {
    const title = 'Instagram adds teen accounts with default limits on messages';
    const body =
      'Instagram will place all users under 18 into new teen accounts with stricter default settings, limiting ' +
      'who can message them and muting notifications at night, parent company Meta said on Tuesday.\n\nThe social ' +
      "media platform said teenagers under 16 would need a parent's permission to change the settings. Posts " +
      'and reels from accounts they do not follow will be filtered for sensitive content.';

    expect(firstTopLevel(title, body)).toBe(ARTS);
    expect(topicIds(title, body)).toContain(SOCIAL_MEDIA);
  });

  it('files a housing levy that a president defends while a court hears petitions as a tax story first', () => {
    const title = 'President defends housing levy as High Court hearing resumes';
    const body =
      'President Samuel Otieno has defended the Affordable Housing Levy, saying it will create 150,000 jobs, as ' +
      'the High Court resumed hearing of petitions challenging the 1.5 per cent deduction from salaries.\n\n' +
      'Speaking at a rally on Sunday, he accused the opposition leader of misleading voters. "Those who are going ' +
      'to court never built a single house," he said.\n\nThe Law Society and the trade unions are among the ' +
      'petitioners. Justice Mary Wanjiru is expected to rule next month. The Treasury secretary told Parliament ' +
      'that the Revenue Authority had collected 20 billion shillings under the levy since July.';

    expect(firstTopLevel(title, body)).toBe(POLITICS);
    expect(topicIds(title, body)).toContain(TAXATION);
    expect(topicIds(title, body)).toContain(CRIME);
  });
});
