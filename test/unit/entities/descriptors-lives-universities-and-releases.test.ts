import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../functions/core/schema.js';
import { entitiesOf } from './entities-of.js';

/** The entity with this name, if any. */
const named = (entities: Entity[], name: string) => entities.find((e) => e.name === name);

describe('a word opening the sentence that describes the person after it', () => {
  it.each([
    ['Populist Radek Holub won the election on Sunday.', 'Radek Holub'],
    ['Hardliner Ezra Ben-Tov threatened to quit the coalition.', 'Ezra Ben-Tov'],
    ['Incumbent Lazarus Mbewe conceded on Monday.', 'Lazarus Mbewe'],
    ['Paceman Tavish Ruprah took five wickets.', 'Tavish Ruprah'],
  ])('drops the descriptor of "%s"', (body, person) => {
    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, person)?.type).toBe('person');
    expect(entities.some((e) => e.name.includes(body.split(' ')[0]!))).toBe(false);
  });

  it("keeps a town's people's word opening a firm's name", () => {
    // Arrange
    const body = 'Dresdner Kleinwort Wasserstein said the bank would cut jobs.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(entities.some((e) => e.name === 'Dresdner Kleinwort Wasserstein')).toBe(true);
  });

  it("keeps a given name the lists lack in the name before a surname's capitalised particle", () => {
    // Arrange
    const body = 'Marine De Wit said the vote was unfair.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Marine De Wit')).toBeDefined();
  });

  it("leaves a firm's trade opening the sentence to the rule of firms' kinds", () => {
    // Arrange
    const body = 'Broker Charles Stanley said its profit rose.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Charles Stanley')?.type).toBe('organization');
  });

  it('keeps a word that opens a listed place', () => {
    // Arrange
    const body = 'Reporting by Ann Lee. -- New York Newsdesk 212-859-1610 .';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(entities.some((e) => e.name.startsWith('York'))).toBe(false);
  });
});

describe("a word no list knows that a person's life or deeds surround", () => {
  it.each([
    ["Malawi's Mbalane was sworn in on Saturday.", 'Mbalane'],
    ["Ecuador's Tobarra lost a referendum on Sunday.", 'Tobarra'],
    ['Born in Lagos in 1958, Okonjara moved to the United States at 19.', 'Okonjara'],
    ['Raised in Soweto, Mthembaro became a global star.', 'Mthembaro'],
  ])('reads the name in "%s" as a person', (body, person) => {
    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, person)?.type).toBe('person');
  });

  it("keeps a firm after its country's possessive where no such cue follows", () => {
    // Arrange
    const body = "Kenya's Telvora reported higher profits on Monday.";

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Telvora')?.type).toBe('organization');
  });
});

describe('universities named by one word', () => {
  it.each([
    ['The administration cut funding to Harvard.', 'Harvard University'],
    ['Columbia agreed to pay $200 million to settle claims by students.', 'Columbia University'],
    ['Students at Stanford and Princeton protested on Monday.', 'Princeton University'],
  ])('reads "%s" as the university', (body, university) => {
    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, university)?.type).toBe('organization');
  });

  it("reads a town's word opening a sentence before an institution's deed as the university", () => {
    // Arrange
    const body = 'Princeton settled the claims on Friday. Cambridge agreed to pay $5 million.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Princeton University')?.type).toBe('organization');
    expect(named(entities, 'University of Cambridge')?.type).toBe('organization');
  });

  it('keeps a town a town without a word of universities, after "in" or in a list', () => {
    // Arrange
    const body =
      'He bought a house in Oxford. Seats held are Bristol West, Cambridge, Manchester Gorton and Bath, where students vote.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Oxford')?.type).toBe('place');
    expect(named(entities, 'Cambridge')?.type).toBe('place');
  });

  it('leaves a surname to the person the story names in full', () => {
    // Arrange
    const body = 'Allen Stanford was jailed in 2012. Stanford said he was innocent.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Allen Stanford')?.mentions).toHaveLength(2);
  });
});

describe("a university town's name that the sentence reads as the town (read50 R2)", () => {
  it.each([
    ['Thousands of students marched through Oxford on Saturday against tuition fees.', 'Oxford'],
    ['A student was stabbed in central Cambridge, police said.', 'Cambridge'],
    ['Cambridge police arrested a student after a fight outside a nightclub.', 'Cambridge'],
    ['Cambridge agreed to pay $2 million to settle the lawsuit, the city said.', 'Cambridge'],
    ['The Dartmouth regatta drew record crowds as Royal Navy college graduates paraded.', 'Dartmouth'],
    ['Students protested in Georgetown on Monday. Georgetown rejected the union demands.', 'Georgetown'],
  ])('keeps the place in "%s"', (body, town) => {
    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, town)?.type).toBe('place');
    expect(entities.some((e) => e.type === 'organization' && e.name.includes(town))).toBe(false);
  });
});

describe('press releases', () => {
  it('reads no "SOURCE" into the firm\'s name', () => {
    // Arrange
    const body =
      'SAN FRANCISCO, Dec. 2, 2025 /PRNewswire/ -- Orbela Labs today announced a $40 million Series B round. SOURCE Orbela Labs';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(named(entities, 'Orbela Labs')?.mentions).toHaveLength(2);
    expect(entities.some((e) => e.name.startsWith('SOURCE'))).toBe(false);
  });

  it('reads no place from a funding round', () => {
    // Arrange
    const body = 'The startup raised $120 million in Series C funding led by Sequoia Capital.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(entities.some((e) => e.name === 'Series')).toBe(false);
  });
});
