import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { firstTopLevel, ids } from './topic-ids.js';

describe('charities, foundations and the Bill who is a person', () => {
  it("reads a foundation that winds down as a charity's news, not a bill before parliament or the wind", () => {
    const title = 'Bill and Karen Hollis: family foundation to wind down by 2040';
    const body =
      "Bill Hollis said on Tuesday that the Hollis Foundation would give away its $9 billion endowment and close in 2040, ten years earlier than planned.\n\nMr Hollis, 74, set up the foundation with his wife Karen Hollis in 1998. An early donor, the retailer Tom Price, stepped down as a trustee last year.\n\nThe foundation's director, Ana Ruiz, said the money would go to clean water, malaria nets and schooling for girls in Malawi and Mozambique.";

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.society);
    expect(ids(topics)).not.toContain(TOP_LEVEL.weather);
  });

  it("reads a philanthropist's gift to non-profit groups as society, with no profit in it", () => {
    const title = 'Philanthropist pledges $500 million to fight child poverty';
    const body =
      'A US philanthropist pledged $500 million on Wednesday to charities that fight child poverty in Appalachia, in one of the largest gifts of its kind. The money will fund food programmes, housing help and after-school clubs run by local non-profit groups.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.society);
    expect(ids(topics)).not.toContain(TOP_LEVEL.economy);
  });

  it('keeps a bill that clears the Commons a policy story led by politics', () => {
    const title = 'Bill to curb knife crime clears Commons';
    const body =
      'Ministers said the bill would give police new powers to stop and search suspects, after a rise in knife crime offences. MPs voted 320 to 210.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
  });

  it('keeps an endowment policy an insurance word', () => {
    const title = 'Insurer to compensate endowment policy holders';
    const body =
      'The insurer will pay 120 million pounds to customers who were sold endowment policies that failed to repay their mortgages, the regulator said.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain('medtop:20000279');
  });
});
