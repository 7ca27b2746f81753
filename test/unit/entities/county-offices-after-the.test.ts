import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const organizations = (body: string) =>
  tagArticle({ body })
    .entities.filter((e) => e.type === 'organization')
    .map((e) => e.name);

// review61: US local copy names a county's office with its possessive after a sentence's "The"; the run was cut at
// the "'s" ("Harris County Sheriff/other") where "for the Cobb County Sheriff's Office" was whole.
describe("a county's office named with a possessive after a sentence's The", () => {
  it.each([
    ["The Pinewood County Sheriff's Office said the boy was found safe.", "Pinewood County Sheriff's Office"],
    ["The Larch County Attorney's Office charged the man with fraud.", "Larch County Attorney's Office"],
    [
      "The Ridley County Medical Examiner's Office identified the victim.",
      "Ridley County Medical Examiner's Office",
    ],
    [
      "The Alder County District Attorney's Office dropped the charges.",
      "Alder County District Attorney's Office",
    ],
  ])('reads "%s" as one organisation', (body, name) => {
    expect(organizations(body)).toContain(name);
  });

  it("keeps a bank's committee after The as a body of its own", () => {
    expect(organizations("The Bank's Monetary Policy Committee met on Thursday.")).toContain(
      'Monetary Policy Committee',
    );
  });
});
