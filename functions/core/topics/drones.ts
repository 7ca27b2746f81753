import { type FieldText, type TagDocument, toldIn } from '../text/document.js';
import { sentenceAt } from '../text/sentences.js';
import { armedWords, FIGHTERS, WAR_FIRE } from './armed-words.js';
import { DRONE_FOR_FUN, RETAIL_AFTER } from './not-an-attack.js';
import { sentencesAround } from './sentences-around.js';
import { FACILITY } from './target-attack.js';

/**
 * Drones as a technology (topics41): in a war story drones are weapons ("Russian drones struck an apartment
 * block", "air defences shot down 52 drones"), no technology news; a desk files them under technology where the
 * story tells of the machines themselves: who makes, builds or designs them, their software, batteries or
 * autonomy (senses.ts, the drones row). A sentence that names drones with one of those words keeps them in
 * technology, whatever the war weighs: "A Turkish drone maker unveiled a cheaper model with new batteries".
 */
const DRONES = /\bdrones?\b/i;
/** Words of the machines themselves, anywhere in the sentence. */
const MACHINE_WORDS =
  /\b(?:makers?|manufactur\w*|startups?|start-ups?|software|batter(?:y|ies)|autonomous|autonomy|artificial intelligence|AI|navigation|sensors?|prototypes?|unveil(?:s|ed|ing)?|engineers?|engineering|designed|developed|developing|technolog\w*|innovation|deliver(?:y|ies))\b/i;
/** A drone industry, company or factory, or drones made: "the drone industry", "build first-person-view drones". */
const DRONES_MADE =
  /\bdrones?[- ](?:industry|industries|compan(?:y|ies)|firms?|factor(?:y|ies)|production|producers?|programmes?|programs?)\b|\b(?:produc\w*|build(?:s|ing)?|built|mak(?:e|es|ing)|made|assembl\w*)\s+(?:[\w-]+\s+){0,3}drones?\b/i;

const machinesTold = (told: string) =>
  DRONES.test(told) && (MACHINE_WORDS.test(told) || DRONES_MADE.test(told));

/**
 * Each sentence read once (topics42): read once per drone mention, a page-long sentence of drones took minutes (a
 * 1 MB test page, 30,000 mentions).
 */
function machinesToldIn({ text, sentences }: FieldText): boolean {
  if (sentences.length === 0) return machinesTold(text);
  for (const { start, end } of sentences) if (machinesTold(text.slice(start, end))) return true;
  return false;
}

export function droneTechnologyTold(doc: TagDocument): boolean {
  return machinesToldIn(doc.title) || machinesToldIn(doc.body);
}

/**
 * Drones at war (topics41): drones are weapons only in a story that tells of a war or an attack. A delivery
 * startup's drones and drones seen near Gatwick's runway are no armed conflict, and frame no war (the war frame's
 * drones; score.ts masks an actor whose sense the story did not take for the frames of that sense's desk).
 *
 * topics42 (read41 ★7): the words of war are war's own: soldiers, missiles, shelling, a front line, rebels, an
 * invasion. Everyday words that also tell of war ("attack", "killed", "struck", "forces", "surveillance") are war
 * only as a drone's own: "a drone strike", "drone attacks", "attack drones", a town "struck by drones". Farmers
 * whose drones spray crops after "a locust attack killed much of the maize harvest", police "surveillance drones"
 * at a march and a drone light show after "a storm killed two people" are no war; drones that struck something in a
 * story of deaths or damage are ("Iranian-made drones had struck power plants in Kyiv, killing four people").
 *
 * topics43 (read42 ★2): the armed groups that fly drones (Houthis, Hezbollah, Hamas; gunmen, guerrillas, as
 * battles-of-arms.ts names them), jets or fighters "scrambled", a "hybrid attack" and an "attack on critical
 * infrastructure" (drones that shut Copenhagen's airport): Russian drones that entered Polish airspace as Polish jets
 * scrambled and Houthi drones that targeted ships are weapons, no technology news. Not an "incursion" or an airspace
 * "violated" alone: hobby drones that "violated" Gatwick's airspace and "a drone incursion at Dublin Airport" are no
 * war (read43). Police drones that are "an invasion of privacy" and NHS drones that free "frontline staff" are no war.
 *
 * The fighters and the fire are armed-words.ts' own (topics44: the same words as this list wrote out, which also had
 * "military" beside "militar-" and "frontline" beside "front ?lines?").
 */
const WAR_WORDS = armedWords(
  FIGHTERS,
  WAR_FIRE,
  String.raw`wars?|warfare|wartime|war-torn|militar\w+|arm(?:y|ies)|armed forces|air force|navy|missiles?`,
  String.raw`bomb(?:s|ed|ing|ings|ers?)?|explosives?|kamikaze|battle(?:s|field|fields|ground)?|insurgen\w+|paramilitar\w+`,
  String.raw`front ?lines?(?![- ](?:staff|workers?|services?|health|nurses?|doctors?|medics?|employees?|roles?|jobs?|care)\b)`,
  'warplanes?|fighter jets?|shell(?:ed|ing)|defen[cs]e ministry|ministry of defen[cs]e|defen[cs]e (?:minister|secretary)',
  String.raw`invasion(?! of (?:privacy|personal privacy)\b)|invad\w+|ceasefire|air defen[cs]es?|shot down|shoot(?:s|ing)? down`,
  String.raw`intercept(?:ed|ing|ion|ions|or|ors)|reconnaissance|terroris\w+|jihadis\w*|gunmen|guerrillas?`,
  'Houthis?|Hezbollah|Hizbollah|Hamas|Taliban|Shaheds?',
  String.raw`hybrid (?:attacks?|war|warfare|threats?)|attacks? on (?:[\w'-]+ ){0,3}?infrastructure`,
  String.raw`(?:jets?|fighters?|aircraft) (?:were |was )?scrambled|scrambl\w+ (?:[\w'-]+ ){0,2}?(?:jets?|fighters?|aircraft)`,
);
/** An attack that is a drone's: "drone strikes", "drone attacks", "attack drones", "struck by Russian drones". */
const DRONE_ATTACK =
  /\bdrones?[- ](?:strikes?|attacks?|assaults?|barrages?|raids?|swarms? (?:attack|struck|hit))\b|\b(?:attack|strike|combat|armed|suicide|one-way|loitering|military)[- ]drones?\b|\b(?:attack(?:ed|s)?|struck|hit|targeted|pounded|bombarded)\s+(?:[\w'-]+\s+){0,6}?(?:with|by)\s+(?:[\w'-]+\s+){0,3}?drones?\b/gi;

/**
 * Drones that hit something, and the deaths, wounds or damage in the same sentence: "drones had struck power plants in
 * Kyiv, killing four", "Russian drones struck a grain terminal, wounding two port workers".
 *
 * topics43 (read42 ★2): read in one sentence, not each anywhere in the story: "Drone deliveries hit a record one
 * million packages ... Only a handful of parcels were damaged" is no attack. A drone that "crashed into" a crowd at a
 * light show, "injuring a seven-year-old boy", had an accident: crashing is no drone's attack (a war's drones strike,
 * hit or target). Nor does a drone that "hit a record" or "a new high" strike anything.
 */
const DRONES_HIT =
  /\bdrones?\s+(?:[\w'-]+\s+){0,2}?(?:struck|hit|attacked|targeted|slammed into|exploded)\b(?!\s+(?:an?\s+)?(?:new\s+|all-time\s+|record\s+)?(?:record|high|low|peak|milestone)s?\b)/gi;
/**
 * Drones that hit a city or what a war strikes for its energy (fixT49, wild49 T5): "drones hit Kharkiv overnight",
 * "drones struck an oil refinery in Saratov". A capital after the verb names a place (a delivery drone hits no city);
 * not "hit a record" (a capital is asked, or a facility of target-attack.ts).
 */
const DRONES_HIT_TARGET = new RegExp(
  String.raw`\b[Dd]rones?\s+(?:[\w'-]+\s+){0,2}?(?:struck|hit|attacked|targeted|pounded|slammed into)\s+(?:(?:[\w'\u2019.-]+\s+){0,4}?(?:${FACILITY})\b|(?:the\s+)?[A-Z][\w'\u2019-]+\b(?!${RETAIL_AFTER}))`,
  'g',
);
/**
 * Drones launched or fired by the wave (topics50, wild50 T3): "Russia launched 600 drones overnight", "launched 464
 * drones and 32 missiles", "fired dozens of drones at Kyiv", "launched drones at Ukraine overnight". A war's bulletin
 * counts the drones a side sent; a maker launches a product ("launched two new drones"), so a count needs two digits or
 * "dozens/hundreds of", a wave or a barrage, or the drones must be sent at a place, with missiles or overnight.
 */
const DRONES_LAUNCHED =
  /\b((?:[Ll]aunch(?:ed|es|ing)?|[Ff]ired|[Ff]ires|[Ff]iring)\s+(?:(?:more than|at least|about|around|nearly|almost|some|over|up to)\s+)?(?:\d[\d,]*\d|dozens of|hundreds of|scores of|(?:a\s+|another\s+)?(?:wave|waves|barrage|swarm)\s+of)\s+(?:[\w-]+\s+)?drones)\b|\b((?:[Ll]aunch(?:ed|es|ing)?|[Ff]ired|[Ff]ires|[Ff]iring)\s+(?:[\w,-]+\s+){0,3}?drones?)\s+(?:(?:and\s+(?:\d[\d,]*\s+)?(?:ballistic\s+|cruise\s+)?missiles|overnight)\b|(?:at|against|into|toward|towards)\s+(?:the\s+)?[A-Z])/g;
/**
 * Drones a maker launched as products (mendT50, read50 R18): "DJI launched three new consumer drones at CES", "the
 * startup has launched 12 drones since 2019 and plans a stock market listing". New, consumer or model drones in the
 * words launched, or a firm's or a product's words in the sentence, where no word of war stands beside them.
 */
const DRONES_AS_PRODUCTS_SPAN = /\b(?:new|consumer|commercial|models?|camera|hobby)\b/i;
const DRONES_AS_PRODUCTS =
  /\b(?:startups?|companies|company|firms?|makers?|manufacturers?|priced|prices?|unveil\w*|CES|trade (?:fair|show)s?|listing|customers|sales|since (?:19|20)\d\d)\b/i;
const DRONES_AT_WAR =
  /\b(?:overnight|attack\w*|missiles?|air defen[cs]es?|shot down|intercept\w*|war|invasion|army|military|forces|troops|frontline|front line)\b/i;
/** Drones flown for a show, a delivery or a farm: "launched 1,000 drones in a light show" is no wave of war. */
const DRONES_AT_PEACE =
  /\b(?:light shows?|shows?|displays?|festivals?|celebrat\w+|fireworks|deliver\w*|spray\w*|farm\w*|crops?)\b/i;

/**
 * The words of drones launched or fired by the wave (`DRONES_LAUNCHED`) as the article writes them, where their
 * sentence flies no drone for fun or for a show; else undefined. score.ts weighs them as one clear word of war.
 */
export function dronesLaunched(doc: TagDocument): string | undefined {
  for (const { text, sentences } of [doc.title, doc.body]) {
    if (!text.includes('drone')) continue;
    DRONES_LAUNCHED.lastIndex = 0;
    for (let m = DRONES_LAUNCHED.exec(text); m !== null; m = DRONES_LAUNCHED.exec(text)) {
      const at = sentenceAt(sentences, m.index);
      const sentence = at ? text.slice(at.start, at.end) : text;
      const words = m[1] ?? m[2] ?? m[0];
      const products =
        (DRONES_AS_PRODUCTS_SPAN.test(words) || DRONES_AS_PRODUCTS.test(sentence)) &&
        !DRONES_AT_WAR.test(sentence);
      if (!products && !DRONE_FOR_FUN.test(sentence) && !DRONES_AT_PEACE.test(sentence)) return words;
    }
  }
  return undefined;
}

const HARM =
  /\b(?:kill(?:s|ed|ing)?|dead|deaths?|wounded|wounding|injur(?:ed|ing|ies|y)|casualties|damag(?:ed|ing)|destroy(?:ed|ing))\b/i;

/**
 * Whether the story tells of drones at war: war's words, a drone's attack, or drones that hit something with deaths,
 * wounds or damage in the sentence; the attack and the hit only where their sentence flies no drone for fun (topics44:
 * a hobby drone that hit a police helicopter, injuring the pilot, or a cyclist "hit by a toy drone";
 * not-an-attack.ts `DRONE_FOR_FUN`).
 */
export function dronesOfWar(doc: TagDocument): boolean {
  if (toldIn(doc, WAR_WORDS)) return true;
  if (dronesLaunched(doc)) return true;
  for (const sentence of sentencesAround(doc, DRONE_ATTACK)) if (!DRONE_FOR_FUN.test(sentence)) return true;
  for (const sentence of sentencesAround(doc, DRONES_HIT))
    if (HARM.test(sentence) && !DRONE_FOR_FUN.test(sentence)) return true;
  for (const sentence of sentencesAround(doc, DRONES_HIT_TARGET))
    if (!DRONE_FOR_FUN.test(sentence)) return true;
  return false;
}

/**
 * Drones are technology news (the drones row's technology sense, senses.ts) where a sentence tells of the machines
 * (`droneTechnologyTold`) or the story tells of no war (topics42, read41 ★7): a farmer's, a police force's, a light
 * show's or a wedding photographer's drones kept their technology only while war, which a locust "attack" or a storm
 * that "killed" two made lead, did not.
 */
export function dronesAsTechnology(doc: TagDocument): boolean {
  return !dronesOfWar(doc) || droneTechnologyTold(doc);
}
