import { inflate as inflateLexicons } from '../data/packed/topics-other-languages.js';
import type { Entity, Topic } from '../schema.js';
import { type FieldText, fieldOf, type TagDocument } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { type Sentence, sentenceAt } from '../text/sentences.js';
import { inFaithNamedGroup } from './faith-named-groups.js';
import { parseListEntry } from './list-entry.js';
import { matchResultAt } from './match-result.js';
import { deathsInTitle } from './other-language-deaths.js';
import { ENTRIES_OF_TWO_SENSES } from './other-language-doubts.js';
import { figureOfSpeechAt } from './other-language-figures.js';
import { outbreakInTitle } from './other-language-outbreaks.js';
import { speaksForCountry } from './signals.js';
import { TAXONOMY, TOP_LEVEL } from './taxonomy.js';

/**
 * Top-level topics of an article in French, German, Spanish, Italian, Portuguese, Dutch, Polish or Indonesian, from a
 * short list of words per desk that name its subject in that language and little else (the English lexicon
 * reads English only; the lists are data/topics/other-languages.json, packed, written as list-entry.ts says). Words that also name another desk's subject are left out: Spanish "partido" (a
 * party and a match), German "Gewinn" (a profit and a win), French "but" (a goal and "but").
 */
type Desk = keyof typeof TOP_LEVEL;
/**
 * `praise` is no desk: its words congratulate ("gratulierte", "si è congratulato"), and a leader's praise of
 * an athlete or an artist tells that story, not politics (see otherLanguageTopics).
 */
type Lexicon = Readonly<Partial<Record<Desk | 'praise', string>>>;

/** The lists, by language (data/topics/other-languages.json), inflated for the first story in another language. */
let lexicons: Readonly<Record<string, Lexicon>> | undefined;

/** A lexicon entry as read: its desk and the entry itself, so that two forms of one word count once. */
interface Hit {
  readonly desk: Desk | 'praise';
  readonly entry: string;
}

interface Matcher {
  readonly words: ReadonlyMap<string, Hit>;
  readonly openings: ReadonlyMap<string, Hit>;
  readonly parts: readonly (readonly [string, Hit])[];
  readonly shortestOpening: number;
}

const matchers = new Map<string, Matcher | undefined>();

/**
 * Languages read with another's list: Malay writes the words of news the Indonesian list holds (banjir, gempa,
 * pemerintah, mogok, sekolah), and a short item with no word the two spell apart may be read as either.
 */
const LIST_OF_LANGUAGE: Readonly<Record<string, string>> = { ms: 'id' };
/**
 * Words of a language that reads another's list and spells them its own way, added to that list for it alone:
 * Malay police and courts ("polis", "mahkamah", "suspek", "reman") are not Indonesian, where "polis" is an
 * insurance policy (read32 F7; topics33 Left).
 */
const OWN_WORDS: Readonly<Record<string, Lexicon>> = {
  ms: {
    crime:
      'polis mahkamah suspek jenayah penjenayah reman didakwa pertuduhan rompakan samun dadah rasuah sprm pendakwa',
  },
};

function matcherFor(language: string): Matcher | undefined {
  if (matchers.has(language)) return matchers.get(language);
  lexicons ??= inflateLexicons() as Readonly<Record<string, Lexicon>>;
  const lexicon = lexicons[LIST_OF_LANGUAGE[language] ?? language];
  let matcher: Matcher | undefined;
  if (lexicon) {
    const words = new Map<string, Hit>();
    const openings = new Map<string, Hit>();
    const parts: [string, Hit][] = [];
    let shortestOpening = Number.POSITIVE_INFINITY;
    const lists = [...Object.entries(lexicon), ...Object.entries(OWN_WORDS[language] ?? {})];
    for (const [desk, list] of lists as [Desk | 'praise', string][])
      for (const entry of list.split(' ')) {
        const hit = { desk, entry };
        const { kind, text } = parseListEntry(entry);
        if (kind === 'part') parts.push([text, hit]);
        else if (kind === 'opening') {
          openings.set(text, hit);
          shortestOpening = Math.min(shortestOpening, text.length);
        } else words.set(text, hit);
      }
    matcher = { words, openings, parts, shortestOpening };
  }
  matchers.set(language, matcher);
  return matcher;
}

function hitOf(word: string, m: Matcher): Hit | undefined {
  const whole = m.words.get(word);
  if (whole) return whole;
  for (let n = word.length; n >= m.shortestOpening; n--) {
    const hit = m.openings.get(word.slice(0, n));
    if (hit) return hit;
  }
  for (const [part, hit] of m.parts) if (word.includes(part)) return hit;
  return undefined;
}

/**
 * French and Italian elide an article or a preposition into the next word: "l'ambassadeur", "d'Israël",
 * "dell'Italia", "all'Ucraina". The word after the apostrophe is the one the lists hold.
 */
const ELISION = lazyPattern(() => /^\p{Ll}{1,5}['\u2019](?=\p{L})/u);

function withoutElision(word: string): string {
  return word.includes("'") || word.includes('\u2019') ? word.replace(ELISION, '') : word;
}

/**
 * A desk is listed only with two different entries of it ("Klimaanlage" and "Klimaanlagen" are one word twice),
 * and with a third of the leading desk's weight.
 */
const MIN_DISTINCT_ENTRIES = 2;
const MIN_SHARE = 1 / 3;
const MAX_EVIDENCE = 5;
/** A title word counts twice. */
const TITLE_TIMES = 2;
/** How far above the weather a deadly weather event's disaster is put, and an outbreak's health above the leader: one body word. */
const ABOVE_WEATHER = 1;

/**
 * The top-level topics of an article not in English, highest first, each with the words that named it;
 * none for English (the lexicon of topics/score.ts reads it) or a language without a list here.
 */
export function otherLanguageTopics(doc: TagDocument, entities: readonly Entity[] = []): Topic[] {
  const matcher = matcherFor(doc.language);
  if (!matcher) return [];
  const listLanguage = LIST_OF_LANGUAGE[doc.language] ?? doc.language;
  const weight = new Map<Desk, number>();
  const entries = new Map<Desk, Set<string>>();
  const seen = new Map<Desk, Set<string>>();
  const inTitle = new Set<Desk>();
  const inBody = new Set<Desk>();
  const count = (desk: Desk, times: number, entry: string, word: string) => {
    (times === TITLE_TIMES ? inTitle : inBody).add(desk);
    weight.set(desk, (weight.get(desk) ?? 0) + times);
    entries.set(desk, (entries.get(desk) ?? new Set<string>()).add(entry));
    seen.set(desk, (seen.get(desk) ?? new Set<string>()).add(word));
  };
  // Politics named in a sentence of praise ("Mattarella e Meloni hanno inviato le loro congratulazioni"),
  // held apart until the other desks are known.
  const praised: [number, string, string][] = [];
  const praiseSentences = new Map<FieldText, Set<Sentence>>();
  let titleWords: readonly string[] = [];
  // Title and body words together, for a figure read once that holds for the whole story (PBB the tax).
  let storyWords: readonly string[] | undefined;
  const wordsOfStory = () =>
    (storyWords ??= [doc.title, doc.body].flatMap((field) =>
      field.tokens.map((token) => withoutElision(token.text.toLocaleLowerCase(doc.language))),
    ));
  for (const [field, times] of [
    [doc.title, TITLE_TIMES],
    [doc.body, 1],
  ] as const) {
    const hits = field.tokens.map((token) => {
      const word = withoutElision(token.text.toLocaleLowerCase(doc.language));
      return [word, hitOf(word, matcher)] as const;
    });
    const praise = new Set(
      field.sentences.filter((s) =>
        hits.slice(s.firstToken, s.endToken).some(([, hit]) => hit?.desk === 'praise'),
      ),
    );
    praiseSentences.set(field, praise);
    const praising = new Set<number>();
    for (const sentence of praise)
      for (let i = sentence.firstToken; i < sentence.endToken; i++) praising.add(i);
    const words = hits.map(([word]) => word);
    if (field === doc.title) titleWords = words;
    hits.forEach(([word, hit], i) => {
      const result = hit ? undefined : matchResultAt(field.tokens, i);
      if (result) count('sport', times, 'result', result);
      if (!hit || hit.desk === 'praise') return;
      const figure = figureOfSpeechAt(listLanguage, hit.entry, words, i, wordsOfStory);
      if (figure) {
        if (figure.desk) count(figure.desk, times, `${hit.entry} ${figure.desk}`, figure.words);
        return;
      }
      if (hit.desk === 'religion' && inFaithNamedGroup(field.tokens, words, i)) return;
      if (hit.desk === 'politics' && praising.has(i)) praised.push([times, hit.entry, word]);
      else count(hit.desk, times, hit.entry, word);
    });
  }
  // A desk named only by words with a second, everyday sense ("squadre", "gara", "crollo") is not the story's.
  // Doubts of the list's language, and of the article's own where it reads another's list (Malay "polisi", a policy).
  for (const [desk, doubtful] of [
    ...Object.entries(ENTRIES_OF_TWO_SENSES[listLanguage] ?? {}),
    ...(listLanguage === doc.language ? [] : Object.entries(ENTRIES_OF_TWO_SENSES[doc.language] ?? {})),
  ] as [Desk, readonly string[]][])
    if ([...(entries.get(desk) ?? [])].every((entry) => doubtful.includes(entry))) {
      weight.delete(desk);
      entries.delete(desk);
      seen.delete(desk);
      inTitle.delete(desk);
      inBody.delete(desk);
    }
  // A leader or minister the lists know ("Meloni", "Zelensky") is a word of politics in any language, once
  // per person: a story of leaders meeting may hold few of the language's words for politics.
  for (const person of entities)
    if (speaksForCountry(person)) {
      const inPraise = person.mentions.every((m) => {
        const field = fieldOf(doc, m.field);
        const sentence = sentenceAt(field.sentences, m.start);
        return sentence !== undefined && praiseSentences.get(field)?.has(sentence);
      });
      if (inPraise) praised.push([1, person.id, person.name]);
      else count('politics', 1, person.id, person.name);
    }
  // Praise counts for politics unless the story has an achievement of its own to praise: a match, a work, a
  // discovery. "Der Kanzler gratulierte dem Wahlsieger" is still politics.
  const achievement = (['sport', 'arts', 'science'] as const).some(
    (d) => (entries.get(d)?.size ?? 0) >= MIN_DISTINCT_ENTRIES || (inTitle.has(d) && inBody.has(d)),
  );
  if (!achievement) for (const [times, entry, word] of praised) count('politics', times, entry, word);
  // Weather that kills is a disaster (read34 ★5): where the weather's words lead ("La DANA deja más de 200
  // muertos en Valencia": dana, lluvias, AEMET), the headline reports deaths and a disaster word is in the story
  // (inundaciones, rescate), the disaster is put just above the weather, which keeps its tag.
  const deaths = deathsInTitle(listLanguage, titleWords);
  const weather = weight.get('weather') ?? 0;
  if (deaths && entries.has('disaster') && [...weight.values()].every((w) => w <= weather)) {
    count('disaster', TITLE_TIMES, 'deaths', deaths);
    weight.set('disaster', Math.max(weight.get('disaster') ?? 0, weather + ABOVE_WEATHER));
  }
  // A disease outbreak in the headline ("Un brote de cólera deja 400 muertos en Sudán en plena guerra") is health
  // news before the war or the ministers around it: health is put just above the leading desk.
  const disease = outbreakInTitle(listLanguage, titleWords);
  if (disease && entries.has('health')) {
    count('health', TITLE_TIMES, 'outbreak', disease);
    weight.set('health', Math.max(...weight.values()) + ABOVE_WEATHER);
  }
  let top = 0;
  const distinct = (desk: Desk) => (entries.get(desk)?.size ?? 0) >= MIN_DISTINCT_ENTRIES;
  // A desk with one word in the title and again in the body ("Streik" in both) has its subject when no desk
  // has two words: a short story of one subject, not a word beside another desk's story ("bilancio").
  const alone = ![...weight.keys()].some(distinct);
  const enough = (desk: Desk) => distinct(desk) || (alone && inTitle.has(desk) && inBody.has(desk));
  for (const [desk, w] of weight) if (enough(desk)) top = Math.max(top, w);
  if (top === 0) return [];
  const topics: Topic[] = [];
  for (const [desk, w] of weight) {
    if (!enough(desk) || w < top * MIN_SHARE) continue;
    const words = seen.get(desk)!;
    const id = TOP_LEVEL[desk];
    topics.push({
      id,
      // The top levels open TAXONOMY: a find over its first rows, no table built at import for English articles.
      label: TAXONOMY.find(([row]) => row === id)?.[1] ?? id,
      level: 1,
      score: Math.round((w / top) * 1000) / 1000,
      evidence: [...words].slice(0, MAX_EVIDENCE),
    });
  }
  // Desks of equal weight are told apart by how many different words name each: a strike told by its workers,
  // unions and pay leads the company named twice ("La empresa del metro, sin servicio"), not the list's order.
  const distinctOf = new Map<string, number>(
    [...entries].map(([desk, words]) => [TOP_LEVEL[desk], words.size]),
  );
  const distinctWords = (topic: Topic) => distinctOf.get(topic.id) ?? 0;
  return topics.sort(
    (a, b) => b.score - a.score || distinctWords(b) - distinctWords(a) || (a.id < b.id ? -1 : 1),
  );
}
