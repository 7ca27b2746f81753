// Universities the news names by one word: "cut funding to Harvard", "Columbia agreed to pay", "students at
// Stanford and Princeton", "Oxford and Cambridge rose in the rankings".
import type { Field } from '../../schema.js';
import type { Candidate, Context } from './context.js';
import { lowerTokenText, tokenText } from './context.js';
import { SENTENCE_END, tokenBits } from './token-bits.js';

/**
 * Universities named by one word, and their full names (which give the id, as "Harvard University" written out
 * does). `town` marks the words that name a town as often (Princeton, Oxford …): those are the university only
 * beside a word of universities in the same sentence.
 */
const UNIVERSITIES: ReadonlyMap<string, { readonly name: string; readonly town: boolean }> = new Map([
  ['harvard', { name: 'Harvard University', town: false }],
  ['yale', { name: 'Yale University', town: false }],
  ['stanford', { name: 'Stanford University', town: false }],
  ['cornell', { name: 'Cornell University', town: false }],
  ['caltech', { name: 'California Institute of Technology', town: false }],
  ['princeton', { name: 'Princeton University', town: true }],
  ['columbia', { name: 'Columbia University', town: true }],
  ['dartmouth', { name: 'Dartmouth College', town: true }],
  ['georgetown', { name: 'Georgetown University', town: true }],
  ['northwestern', { name: 'Northwestern University', town: true }],
  ['oxford', { name: 'University of Oxford', town: true }],
  ['cambridge', { name: 'University of Cambridge', town: true }],
  ['berkeley', { name: 'University of California, Berkeley', town: true }],
]);

/** Whether a lower-case word names a university by itself ("oxford": the shoe and the town too). */
export function isUniversityWord(lower: string): boolean {
  return UNIVERSITIES.has(lower);
}

/** Words of universities and their life: students, faculty, funding, rankings … */
const UNIVERSITY_WORDS = new Set(
  `university universities college colleges campus campuses student students faculty professor professors alumni
  tuition admissions endowment academic academics scholars researchers rankings ranking ivy graduates undergraduate
  undergraduates accreditation dean provost semester commencement`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * How far the sentence is read each way for a word of universities: a town's word is the university only
 * near one ("Oxford students", "students at Stanford and Princeton", "an Oxford professor"); further off the
 * word is the sentence's, not the name's ("students marched through Oxford", "Royal Navy college graduates paraded at
 * the Dartmouth regatta": read50 R2).
 */
const REACH = 6;

/** Words before a town's name that make it the place: "through Oxford", "central Cambridge". */
const LOCATIVES_BEFORE = new Set(
  'in near through across around outside inside into from to toward towards central downtown suburban greater'.split(
    ' ',
  ),
);

/** Words after a town's name that make it the town's own body or people: "Cambridge police", "Berkeley council". */
const TOWN_BODIES_AFTER = new Set(
  'police council city mayor residents county airport station hospital court magistrates'.split(' '),
);

/** Words of a town's own government in a sentence: "Cambridge agreed to pay …, the city said". */
const TOWN_GOVERNMENT = new Set('city council mayor councillors municipality town'.split(' '));

/** Whether a word of universities stands in the sentence of the token at `index`. */
function universityWordNear(ctx: Context, field: Field, index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - REACH; i--) {
    if (tokenBits(ctx, field, i) & SENTENCE_END) break;
    if (universityWordAt(ctx, field, i)) return true;
  }
  for (let i = index + 1; i <= index + REACH; i++) {
    if (tokenText(ctx, field, i) === '' || tokenBits(ctx, field, i) & SENTENCE_END) break;
    if (universityWordAt(ctx, field, i)) return true;
  }
  return false;
}

/**
 * A word of universities written in lower case at token `i`, or capitalised as a sentence's first word (inside a
 * sentence a capitalised one is a name's: "British Universities", "the University of California at Berkeley", where
 * the name is written out).
 */
function universityWordAt(ctx: Context, field: Field, i: number): boolean {
  const text = tokenText(ctx, field, i);
  if (UNIVERSITY_WORDS.has(text)) return true;
  // ("Students at Stanford protested": a sentence's first word is capitalised by convention.)
  return (
    (i === 0 || (tokenBits(ctx, field, i - 1) & SENTENCE_END) !== 0) &&
    UNIVERSITY_WORDS.has(lowerTokenText(ctx, field, i))
  );
}

/**
 * The university a one-word name at token `index` names, with its full name, or undefined: "Harvard", "Yale",
 * "Stanford", "Cornell", "Caltech" wherever they stand alone (a person's full name in the story still takes a bare
 * surname: "Allen Stanford … Stanford said"); a town's word (Princeton, Columbia, Oxford, Cambridge, Berkeley …) only
 * beside a word of universities in its sentence and not after "in" ("a house in Oxford").
 */
export function universityNamed(ctx: Context, c: Candidate, index: number): string | undefined {
  if (c.words.length !== 1 || c.caseless) return undefined;
  const university = UNIVERSITIES.get(c.words[0]!.toLowerCase());
  if (university === undefined) return undefined;
  if (!university.town) return university.name;
  if (LOCATIVES_BEFORE.has(c.prev ?? '') || TOWN_BODIES_AFTER.has(lowerTokenText(ctx, c.field, index + 1)))
    return undefined;
  if (namedAsPlace(ctx, c.words[0]!)) return undefined;
  // ("Bristol West, Cardiff Central, Cambridge, Manchester Gorton": a name between commas is one of a list of places.)
  if (c.prev === ',' && tokenText(ctx, c.field, index + 1) === ',') return undefined;
  if (universityWordNear(ctx, c.field, index)) return university.name;
  return !ctx.sports &&
    opensSentenceAt(ctx, c.field, index) &&
    INSTITUTIONS_DEEDS.has(lowerTokenText(ctx, c.field, index + 1)) &&
    !townGovernmentInSentence(ctx, c.field, index)
    ? university.name
    : undefined;
}

/**
 * Whether the story names the word as a place elsewhere ("protested in Georgetown on Monday. Georgetown rejected
 * the union's demands": Guyana's capital, not the university).
 */
function namedAsPlace(ctx: Context, word: string): boolean {
  for (const prepared of ctx.fields) {
    const tokens = prepared.field.tokens;
    for (let i = 1; i < tokens.length; i++)
      if (tokens[i]!.text === word && LOCATIVES_BEFORE.has(tokens[i - 1]!.text)) return true;
  }
  return false;
}

/** Whether a word of a town's government stands in the sentence after token `index` ("…, the city said"). */
function townGovernmentInSentence(ctx: Context, field: Field, index: number): boolean {
  for (let i = index + 1; ; i++) {
    const text = tokenText(ctx, field, i);
    if (text === '' || tokenBits(ctx, field, i) & SENTENCE_END) return false;
    if (TOWN_GOVERNMENT.has(text)) return true;
  }
}

/**
 * What an institution does that a town named alone as a sentence's subject does not: "Columbia agreed to pay $200
 * million", "Princeton sued the department", "Cambridge settled the claims" (a town's council acts in its own name:
 * "the city agreed").
 */
const INSTITUTIONS_DEEDS = new Set(
  'agreed agrees sued sues settled settles expelled expels suspended suspends admitted admits rejected rejects'.split(
    ' ',
  ),
);

/** Whether the token at `index` opens its sentence. */
function opensSentenceAt(ctx: Context, field: Field, index: number): boolean {
  return index === 0 || (tokenBits(ctx, field, index - 1) & SENTENCE_END) !== 0;
}
