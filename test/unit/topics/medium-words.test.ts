import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

const CRIME = 'medtop:02000000';
const POLITICS = 'medtop:11000000';
const SCIENCE = 'medtop:13000000';
const IT = 'medtop:20000763';
const SOCIAL_MEDIA = 'medtop:20001182';

describe('the medium a story was written in is not its subject', () => {
  it('files an indictment that cites emails and messaging apps as crime, with no computing topic', () => {
    const topics = topicIds(
      'Former city official indicted on bribery charges',
      'A former deputy mayor was indicted on Thursday on charges that he took $250,000 in bribes from ' +
        'developers in exchange for zoning approvals, federal prosecutors said. According to the indictment, ' +
        'the official used a personal email account and encrypted messaging apps to arrange the payments, and ' +
        'deleted emails after investigators served a subpoena. His lawyer said he would plead not guilty.',
    );

    expect(topics[0]).toBe(CRIME);
    expect(topics).not.toContain(SCIENCE);
  });

  it('files a trial where an aide leaked emails from his inbox as crime before technology', () => {
    const topics = topicIds(
      'Ex-aide jailed for leaking emails to journalists',
      'A former aide to a government minister has been jailed for 18 months for leaking confidential emails ' +
        'to journalists. Southwark Crown Court heard that he forwarded more than 200 emails from his work ' +
        'account to his personal inbox before passing them on. The judge said he had betrayed the trust ' +
        'placed in him.',
    );

    expect(topics[0]).toBe(CRIME);
    expect(topics).not.toContain(IT);
  });

  it("reads a minister's WhatsApp messages at an inquiry as politics, not social media or computing", () => {
    const topics = topicIds(
      "Minister's WhatsApp messages released to Covid inquiry",
      'WhatsApp messages between the health secretary and senior officials during the pandemic have been ' +
        'released to the Covid inquiry. The messages show ministers discussing whether to close schools in ' +
        'March 2020. The inquiry chair said the messages would help establish how decisions were made.',
    );

    expect(topics[0]).toBe(POLITICS);
    expect(topics).not.toContain(SOCIAL_MEDIA);
    expect(topics).not.toContain(IT);
  });

  it('keeps email as computing where the email service is the story', () => {
    const topics = topicIds(
      'Google adds AI summaries to Gmail inbox',
      'Google will add AI-generated summaries to the Gmail inbox, letting users see a short digest of long ' +
        'email threads, the company said on Wednesday. Google said it would not use the content of emails ' +
        'to train its models.',
    );

    expect(topics[0]).toBe(SCIENCE);
    expect(topics).toContain(IT);
  });
});
