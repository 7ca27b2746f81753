import type { Country, Mention } from '../schema.js';
import type { TagDocument } from '../text/document.js';
import { storyDatelineCountry } from './georgia-dateline.js';
import { isSubject, storySentences } from './short-story.js';

/**
 * A story of two sentences (an RSS summary, a brief) puts in focus every country its second sentence links to the
 * action (short-story.ts): "South Korea's exports rose 7.2% … Shipments to China rose 3%, while exports to the
 * United States fell". Such a country, named only there and only as an object ("to China", "travel to Australia
 * and the Philippines"), is where the lead's subject's goods, money or people go: related to that subject, not to
 * the other places they go (CN-US) nor to the lead's other countries ("Japan's PM will visit Washington … She
 * will also travel to Australia": AU-JP, not AU-US). A country the second sentence names as its subject ("Japan
 * and Australia expressed concern") acts on the story's event and keeps its pairs.
 */
export interface LaterObjects {
  /** Focus countries the short story names only as objects of its later sentence. */
  readonly objects: ReadonlySet<string>;
  /** The countries such an object relates to: the lead's subjects. */
  readonly anchors: ReadonlySet<string>;
  /** Focus countries the later sentence opens with, side by side: reacting to the lead's event, or ranked. */
  readonly reactors: ReadonlySet<string>;
}

const NONE: LaterObjects = { objects: new Set(), anchors: new Set(), reactors: new Set() };
// After the countries a later sentence opens with: a reaction to the lead's event ("Egypt and Jordan rejected the
// plan", "Japan and Australia expressed concern", "The United States and Britain urged restraint"), as reactions.ts
// reads one country's. Two countries reacting side by side are no relation of each other; each keeps its pairs with
// the lead's countries.
const REACTION_OPENING = String.raw`^(?:['\u2019]s?)?(?:\s+(?:foreign|ministr(?:y|ies)|governments?|leaders?|officials))*\s+(?:(?:have|has|had|also|both|swiftly|quickly|sharply|strongly|still|jointly|immediately)\s+)*`;
const REACTS_AFTER = new RegExp(
  `${REACTION_OPENING}(?:condemned|criticised|criticized|denounced|deplored|rejected|opposed?|(?:voiced|expressed|raised)\\s+(?:(?:deep|serious|grave)\\s+)?concerns?|urged\\s+(?:restraint|calm)|called\\s+for\\s+(?:restraint|calm))\\b`,
);
// Welcoming the lead's deal sets two countries apart only when the lead names the deal's sides ("Kosovo and Serbia
// agreed … Germany and France welcomed the agreement"). A lead with one country, the broker or mediator ("The
// United States brokered a peace deal … Armenia and Azerbaijan welcomed the agreement"), leaves the welcoming
// countries as the deal's parties, as does a sentence naming their shared side ("along their disputed border").
const WELCOMES_AFTER = new RegExp(`${REACTION_OPENING}(?:welcomed|hailed|praised|backed)\\b`);
const SHARED_SIDE = /\b(?:their|both|the two|each other|between them)\b/i;
// Or a rank among the lead's buyers or markets ("Vietnam's coffee exports jumped 28% … Germany and Italy were the
// biggest buyers"): the lead's subject's partners side by side, as the objects above are.
const RANKED_AFTER =
  /^\s+(?:were|are|remained|remain)\s+(?:the|its|their)\s+(?:(?:two|three)\s+)?(?:biggest|largest|main|top|leading|major)\s+(?:buyers|markets|importers|customers|destinations|suppliers|sources|exporters)\b/;
// A lead country that owns what the lead acts on ("sanctions on Iran's oil sector", "tankers in Russia's shadow
// fleet") is where the later sentence's goods come from ("The measures target tankers that ship crude to China"):
// an anchor too. Not the country of an office holder the subject meets ("will meet Japan's prime minister … He will
// then fly to Brazil": the trip is the subject's).
const POSSESSIVE = /^['\u2019]s\s/;
const OFFICE_OWNED =
  /^['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:president|premier|(?:\w+\s+)?ministers?|chancellor|king|queen|prince|emir|sultan|leaders?|envoys?|ambassadors?|delegations?|officials?|counterparts?|spokes(?:man|woman|person))\b/i;
const ownsThing = (after: string) => POSSESSIVE.test(after) && !OFFICE_OWNED.test(after);
// Four or more countries named only there are a list the story reports on as such ("major buyers were Singapore, Japan, Britain, the
// Netherlands, Malaysia and the U.S.", traders' shares by country: reported-lists.ts, allocations.ts), whose
// members agencies index, and pair, together (reuters-dev: 5 such stories, 72 gold pairs).
const MAX_LATER_OBJECTS = 3;

export function laterObjectsOf(doc: TagDocument, countries: readonly Country[]): LaterObjects {
  if (doc.language !== 'en') return NONE;
  const sentences = storySentences(doc);
  if (sentences.length < 2) return NONE;
  const focus = countries.filter((c) => c.focus);
  if (focus.length < 3) return NONE;
  const text = doc.body.text;
  const lead = sentences[0]!;
  const laterStart = sentences[1]!.start;
  const leadStart = Math.max(lead.start, doc.storyStart);
  const bodyMentions = (c: Country) => c.mentions.filter((m) => m.field === 'body');
  const all = countries.flatMap(bodyMentions).sort((x, y) => x.start - y.start);
  const within = (start: number, end: number) => all.filter((m) => m.start >= start && m.end <= end);
  const inLead = within(leadStart, lead.end);
  const inLeadSpan = (m: Mention) => m.start >= leadStart && m.end <= lead.end;
  const anchors = new Set(
    focus
      .filter((c) =>
        bodyMentions(c).some(
          (m) =>
            inLeadSpan(m) &&
            (isSubject(m, leadStart, inLead, text) || ownsThing(text.slice(m.end, m.end + 60))),
        ),
      )
      .map((c) => c.code),
  );
  const filedFrom = storyDatelineCountry(doc);
  const later = focus.filter(
    (c) =>
      !anchors.has(c.code) &&
      c.code !== filedFrom &&
      c.mentions.every((m) => m.field === 'body' && m.start >= laterStart),
  );
  if (!later.length || later.length > MAX_LATER_OBJECTS) return NONE;
  const sentenceOf = (m: Mention) => sentences.find((s) => m.start >= s.start && m.end <= s.end);
  const subjectsOf = (c: Country) =>
    bodyMentions(c).filter((m) => {
      const s = sentenceOf(m);
      return s !== undefined && isSubject(m, s.start, within(s.start, s.end), text);
    });
  const reactors = new Set<string>();
  const openers = later.filter((c) => subjectsOf(c).length > 0);
  const lastOpener = openers.flatMap(subjectsOf).sort((x, y) => y.end - x.end)[0];
  if (openers.length >= 2 && lastOpener) {
    const after = text.slice(lastOpener.end, lastOpener.end + 80);
    const welcome = WELCOMES_AFTER.exec(after);
    const rest = welcome ? text.slice(lastOpener.end + welcome[0].length, sentenceOf(lastOpener)?.end) : '';
    const leadCountries = focus.filter((c) => bodyMentions(c).some(inLeadSpan));
    const welcomesOthersDeal = welcome !== null && leadCountries.length >= 2 && !SHARED_SIDE.test(rest);
    if (REACTS_AFTER.test(after) || RANKED_AFTER.test(after) || welcomesOthersDeal)
      for (const c of openers) reactors.add(c.code);
  }
  // A lead naming no country as its subject ("The European Commission awarded licences …") leaves the story to
  // what the later sentence says of its countries: no object there is set apart.
  const objects = new Set(anchors.size ? later.filter((c) => !subjectsOf(c).length).map((c) => c.code) : []);
  return objects.size || reactors.size ? { objects, anchors, reactors } : NONE;
}

/**
 * Whether a pair of the short story links only a later object with a country it does not go to or from: two
 * objects of the later sentence ("to China … to the United States"), or an object with a lead country that is
 * no subject of the lead. `shared` tells whether a sentence names both (then only two objects are unlinked).
 */
export function unrelatedLaterObjects(later: LaterObjects, a: string, b: string, shared: boolean): boolean {
  const objectA = later.objects.has(a);
  const objectB = later.objects.has(b);
  if (objectA && objectB) return true;
  if (shared) return false;
  return (objectA && !later.anchors.has(b)) || (objectB && !later.anchors.has(a));
}

/**
 * Whether two countries the later sentence opens with react side by side to the lead's event. A relation word there
 * is what they react to ("Germany and France hailed the deal"), so their coordination links them no more.
 */
export function reactSideBySide(later: LaterObjects, a: string, b: string): boolean {
  return later.reactors.has(a) && later.reactors.has(b);
}
