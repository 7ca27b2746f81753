import type { Country, Entity } from '../schema.js';
import { fieldOf, type TagDocument } from '../text/document.js';
import { sentenceIndex } from '../text/sentences.js';
import { lookupDemonym, lookupPlace } from './gazetteer.js';
import { type ImplicitAct, oneFocusMentions } from './implicit-actors.js';

/**
 * "The United States and Britain imposed sanctions on Georgian Dream founder Bidzina Ivanishvili" in a story about
 * Georgia: the countries opening the clause act on a person, party or firm the sentence names by no country, and in
 * a story about one country that target is its own (review30 P3). Each actor is linked to the story's country, and
 * co-actors stand side by side: acting together on a third is no relation between them (as "Niger and Burkina Faso
 * cut ties with France", pairs.ts).
 */

/** Before the first actor: the sentence's start, an opening time ("Last year, ") and "the". */
const CLAUSE_OPENS = /^(?:(?:In|On|Last|Earlier|This)\b[\w ]{0,24},\s*)?(?:the\s+)?$/i;
/** Between two actors of a list: a comma or "and". */
const ACTOR_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/;
/**
 * After the last actor: an act that bears on a target, then the target's first capitalised word, at most three
 * lower-case words before it ("sanctions on jailed former President", "accused the ruling party's leader").
 */
const ACTS_ON_NAMED_AFTER =
  /^\s+(?:(?:has|have|had|also|both|jointly|separately|already|last\s+year|on\s+[A-Z][a-z]+)\s+)*(?:imposed\s+(?:(?:new|fresh|further|personal|targeted)\s+)?sanctions\s+on|sanctioned|blacklisted|indicted|charged|accused|expelled|froze\s+(?:the\s+)?assets\s+of|banned|barred)\s+(?:the\s+)?(?:[a-z][\w'\u2019-]*\s+){0,3}[A-Z]/;
/** The clause ends at a full stop or semicolon, or where another clause opens. */
const CLAUSE_END = /[.;]|,\s+(?:which|who|while|but|and)\b/;
/**
 * A body of the state or of its politics: "Cabinet Office chief Antal Rogan", "Interior Ministry", "Georgian Unity
 * party" are the story country's own even when their names hold no country.
 */
const STATE_BODY =
  /\b(?:Office|Ministry|Army|Forces|Guard|Police|Party|Movement|Front|Council|Court|Parliament|Senate|Assembly|Agency|Service|Bureau|Directorate|Committee|Commission)\b/;

/** Where the organisations the entity recogniser found start in the body, with their names. */
export function bodyOrganizations(entities: readonly Entity[]): ReadonlyMap<number, string> {
  const out = new Map<number, string>();
  for (const e of entities)
    if (e.type === 'organization')
      for (const m of e.mentions) if (m.field === 'body') out.set(m.start, e.name);
  return out;
}

/**
 * Whether an organisation acted on is the story country's own: a body of its state or politics, or one its name
 * ties to the country ("Georgian Unity"). A firm, a platform or another's body is anyone's: "France charged
 * Telegram founder Pavel Durov", "Denmark and Malaysia barred TikTok", "The United States blacklisted NSO Group"
 * in a story about Brazil, Australia or Mexico act on no one of theirs (read31 F14).
 */
function isOwnBody(name: string, code: string): boolean {
  if (STATE_BODY.test(name)) return true;
  return name.split(/\s+/).some((w) => lookupDemonym(w) === code || lookupPlace(w)?.countryCode === code);
}

/** The countries that act on an unnamed target of the one country the story is about, by their sentence. */
export function implicitTargets(
  doc: TagDocument,
  countries: readonly Country[],
  organizations: ReadonlyMap<number, string> = new Map(),
): ImplicitAct[] {
  const one = oneFocusMentions(countries);
  if (!one) return [];
  const { focus, mentions } = one;
  const body = fieldOf(doc, 'body');
  mentions.sort((x, y) => x.m.start - y.m.start);
  const out: ImplicitAct[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i]!;
    const index = sentenceIndex(body.sentences, first.m.start);
    const s = body.sentences[index];
    if (!s || !CLAUSE_OPENS.test(body.text.slice(s.start, first.m.start))) continue;
    // The actors: the first and those listed right after it.
    let j = i;
    while (
      j + 1 < mentions.length &&
      ACTOR_GAP.test(body.text.slice(mentions[j]!.m.end, mentions[j + 1]!.m.start))
    )
      j++;
    const last = mentions[j]!.m;
    const after = body.text.slice(last.end, s.end);
    const act = ACTS_ON_NAMED_AFTER.exec(after);
    if (!act) continue;
    // The target names no country: the clause after the act holds no mention.
    const clause = after.slice(act[0].length - 1);
    const end = last.end + act[0].length - 1 + (CLAUSE_END.exec(clause)?.index ?? clause.length);
    if (mentions.some((x) => x.m.start >= last.end && x.m.start < end)) continue;
    // The target an organisation of anyone's ("Telegram founder Pavel Durov", "Glencore's oil unit").
    const target = organizations.get(last.end + act[0].length - 1);
    if (target !== undefined && !isOwnBody(target, focus)) continue;
    const actors = mentions.slice(i, j + 1);
    if (actors.some((x) => x.code === focus)) continue;
    for (const x of actors)
      if (!out.some((o) => o.code === x.code && o.sentence === index))
        out.push({ code: x.code, sentence: index });
    i = j;
  }
  return out;
}
