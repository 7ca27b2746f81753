import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

/** The ids the recogniser gives, as "id/type". */
const ids = (body: string, title?: string) => entitiesOf(body, title).map((e) => `${e.id}/${e.type}`);

describe("a state's body after a person's possessive", () => {
  it('keeps the leader and the department apart', () => {
    // Arrange
    const body = "Trump's Justice Department opened an inquiry into the county's voting machines.";

    // Act
    const found = ids(body);

    // Assert
    expect(found).toContain('person:donald-trump/person');
    expect(found).toContain('organization:justice-department/organization');
    expect(found.some((id) => id.includes('trumps'))).toBe(false);
  });

  it("keeps a president's White House and Guard deployment out of one name", () => {
    // Arrange
    const title = "Court halts Biden's National Guard plan for the border";
    const body = "Biden's White House said on Tuesday it would appeal the ruling.";

    // Act
    const found = ids(body, title);

    // Assert
    expect(found).toContain('person:joe-biden/person');
    expect(found).toContain('organization:national-guard/organization');
    expect(found.some((id) => id.includes('bidens'))).toBe(false);
  });

  it('goes on through "of" in the body after the owner', () => {
    // Arrange
    const body = "Musk's Department of Government Efficiency froze the agency's contracts last week.";

    // Act
    const found = ids(body);

    // Assert
    expect(found).toContain('person:elon-musk/person');
    expect(found).toContain('organization:government-efficiency-department/organization');
  });

  it('reads a surname that is also an ordinary word as an owner mid-sentence', () => {
    // Arrange
    const body = "Critics said Bush's Justice Department had ignored the warnings.";

    // Act
    const found = ids(body);

    // Assert
    expect(found).toContain('organization:justice-department/organization');
    expect(found.some((id) => id.includes('bushs'))).toBe(false);
  });

  it("keeps a body named with an ordinary word's possessive whole", () => {
    // Arrange
    const body = "The People's Liberation Army held drills while the Children's Court sat in Leeds.";

    // Act
    const found = ids(body);

    // Assert
    expect(found).toContain('organization:peoples-liberation-army/organization');
    expect(found).toContain('organization:childrens-court/organization');
  });

  it("keeps a firm that a surname's possessive names whole", () => {
    // Arrange
    const body = "Moody's Investors Service cut the bank's rating on Friday.";

    // Act
    const found = ids(body);

    // Assert
    expect(found).toContain('organization:moodys-investors-service/organization');
  });
});

describe("a firm after a founder's full name in the possessive", () => {
  it('keeps the founder out of the firm when the surname is also an ordinary word', () => {
    // Arrange
    const body = "Regulators fined Jack Ma's Ant Group $1 billion in July.";

    // Act
    const found = ids(body);

    // Assert
    expect(found).toContain('organization:ant-group/organization');
    expect(found.some((id) => id.includes('mas-ant'))).toBe(false);
  });
});
