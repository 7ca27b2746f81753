import { lowerCased } from '../text/chars.js';
import { type CompiledLexicon, caseRuleOf, type LexiconEntry, type TopicNode, wordKey } from './compile.js';
import type { PhraseHits } from './match.js';
import { boost } from './signals.js';

/**
 * Actor framing. A subject word in the same sentence as an actor of some domain is (also) about that
 * domain: "the home secretary told MPs the bill would let judges jail offenders" is a policy story, "the
 * chief executive was charged with fraud" corporate news, "the rapper was jailed for assault" showbusiness.
 * For each frame, a share of the subject word's weight moves to the frame's target topic; the subject
 * topic keeps its own weight, so the story is tagged with both.
 */
export interface Frame {
  readonly name: string;
  /** Top-level ids (eight digits) whose words the frame takes a share of. */
  readonly subjects: readonly string[];
  /** Subtopics (eight digits) whose words stay where they are: cyber crime is a computing story first. */
  readonly except?: readonly string[];
  /** The topic (eight digits) that receives the share. */
  readonly target: string;
  /** Actors named by topic: any lexicon phrase giving one of these topics at least `actorWeight`. */
  readonly actorTopics?: readonly string[];
  readonly actorWeight?: number;
  /**
   * Subtopics (eight digits) of `actorTopics` whose words are no actors: a phrase that names an actor
   * topic only through one of them (as weightily) does not frame.
   */
  readonly actorExcept?: readonly string[];
  /** Actors named by phrase, as written in the lexicon. */
  readonly actorPhrases?: readonly string[];
  /**
   * Words of these topics (at least `blockerWeight`) cancel the frame in their sentence and the next: the
   * actor is the victim there, not the subject ("the man accused of killing the chief executive").
   */
  readonly blockerTopics?: readonly string[];
  readonly blockerWeight?: number;
  /**
   * When set, a blocker cancels the frame only in a sentence that also holds one of these phrases (as
   * written in the lexicon): the person there is the accused, not the law, court or campaign against it.
   */
  readonly blockerNeeds?: readonly string[];
  /**
   * A top level (eight digits) that, weighing more than `rivalMargin` times the target's top level before
   * any frame moved words, leaves the frame's words where they are: where business outweighs computing
   * twice, a fund's "technology shares such as Nvidia" do not make its profit and its portfolio computing.
   */
  readonly rival?: string;
  readonly rivalMargin?: number;
}

/**
 * Bit f + BLOCKER_SHIFT of an entry's mask marks it as a blocker of frame f (bit f: an actor of it; bit
 * f + NEEDS_SHIFT: a word a frame's blocker needs in its sentence, `blockerNeeds`).
 */
export const BLOCKER_SHIFT = 16;
export const NEEDS_SHIFT = 8;
export const ACTOR_BITS = (1 << NEEDS_SHIFT) - 1;
export const NEEDS_BITS = ACTOR_BITS << NEEDS_SHIFT;

/** The share of a subject word's weight an actor in its sentence moves to the frame's target. */
export const FRAME_SHARE = 0.75;

export const FRAMES: readonly Frame[] = [
  {
    name: 'government policy',
    subjects: ['02000000', '05000000', '06000000', '07000000', '09000000', '14000000'],
    target: '20000621',
    actorTopics: ['20000593', '20000613', '20000614', '20000615', '20000651'],
    // Armed forces carry policy out, they do not make it: "the navy seized 1.5 tonnes of cocaine" is a
    // crime story, not a government policy one (ministers, the Pentagon and defence secretaries still frame).
    actorExcept: ['20000599'],
    // Corruption: a minister on trial for bribes is the accused, not the maker of a crime policy; a law,
    // court or campaign against graft is policy still (read20 F3): the words of an accusation must be there.
    blockerTopics: ['20000093'],
    blockerWeight: 3,
    blockerNeeds: [
      'accused',
      'charged',
      'charges',
      'trial',
      'guilty',
      'convicted',
      'sentenced',
      'jailed',
      'arrested',
      'detained',
    ],
  },
  {
    name: 'business',
    subjects: ['02000000'],
    except: ['20000086'],
    target: '20000170',
    // Homicide: a murdered executive is a crime story; the company is the victim's employer.
    blockerTopics: ['20000099'],
    blockerWeight: 3,
    actorPhrases: [
      'company',
      'companies',
      'firm',
      'firms',
      'chief executive',
      'CEO',
      'executive',
      'executives',
      'chairman',
      'boss',
      'shareholders',
      'shareholder',
      'chief financial officer',
      'managing director',
      'corporation',
      'subsidiary',
      'bank',
      'banks',
      'insurer',
      'insurers',
      'retailer',
      'manufacturer',
      'carmaker',
      'drugmaker',
      'airline',
      'investors',
    ],
  },
  {
    name: 'entertainment',
    subjects: ['02000000'],
    target: '20000002',
    actorPhrases: [
      'singer',
      'singers',
      'rapper',
      'rappers',
      'actor',
      'actress',
      'actors',
      'star',
      'stars',
      'pop star',
      'rock star',
      'film star',
      'movie star',
      'superstar',
      'musician',
      'musicians',
      'band',
      'comedian',
      'entertainer',
      'presenter',
      'TV presenter',
      'film-maker',
      'filmmaker',
      'record label',
    ],
  },
  {
    // "Drones struck an oil refinery", "missiles hit power plants": an attack on an economic target is
    // war news first.
    name: 'war',
    subjects: ['04000000'],
    target: '20000056',
    actorPhrases: [
      'drone',
      'drones',
      'drone attack',
      'drone attacks',
      'missile',
      'missiles',
      'missile attack',
      'missile attacks',
      'missile strike',
      'missile strikes',
      'airstrike',
      'airstrikes',
      'air strike',
      'air strikes',
      '=shelling',
      'artillery',
      'warplanes',
      // Forces at sea: "Revolutionary Guards seized a tanker carrying two million barrels of crude".
      'naval forces',
      'Revolutionary Guards',
      'Revolutionary Guard',
      'IRGC',
    ],
  },
  {
    // "An Air India Boeing 787 crashed after take-off": the airline, the aircraft and the flight are the
    // accident's, not business news.
    name: 'transport accident',
    subjects: ['20000337', '20000295', '20000296'],
    target: '20000143',
    actorPhrases: [
      'crash',
      'crashes',
      'plane crash',
      'air crash',
      'collision',
      'collided',
      'derailed',
      'derailment',
      'capsized',
      'emergency landing',
      'shipwreck',
      'air disaster',
    ],
  },
  {
    // "Bird flu found in dairy cattle on more farms": a disease that can pass to people, on farms, is
    // health news first; the farm words also stay agriculture.
    name: 'animal disease',
    subjects: ['20000210'],
    target: '20000448',
    actorPhrases: ['bird flu', 'avian flu', 'avian influenza', 'H5N1', 'mad cow disease'],
  },
  {
    name: 'technology',
    subjects: ['01000000', '04000000'],
    // A chip maker's quarterly profit, revenue and sales are an earnings report, whoever makes the chips.
    except: ['20000178'],
    target: '20000763',
    actorTopics: ['20000763'],
    actorWeight: 3,
    rival: '04000000',
    rivalMargin: 2,
  },
];

/** Bit mask of the frames a lexicon entry is an actor of (bit f for frame f); undefined for none. */
export type ActorMasks = Pick<ReadonlyMap<LexiconEntry, number>, 'get'>;

export interface CompiledFrames {
  /** Bit mask of the frames each actor phrase belongs to. */
  readonly actorMask: ActorMasks;
  /** Per frame: subject node indices, and the target node index. */
  readonly subjects: readonly ReadonlySet<number>[];
  /** Per frame: nodes whose words the frame leaves alone. */
  readonly exceptions: readonly ReadonlySet<number>[];
  readonly targets: readonly number[];
  /** Per frame: the top level of its target, and its rival top level and margin (-1 and 0 for none). */
  readonly targetTops: readonly number[];
  readonly rivals: readonly number[];
  readonly rivalMargins: readonly number[];
  /** Bit f: frame f's blockers cancel it only beside a word of its `blockerNeeds`. */
  readonly blockersNeeding: number;
}

export function compileFrames(lexicon: CompiledLexicon): CompiledFrames {
  const node = (id: string): number => {
    const n = lexicon.nodeIndex.get(`medtop:${id}`);
    if (n === undefined) throw new Error(`topic frames: unknown IPTC id medtop:${id}`);
    return n;
  };
  // The lexicon entry with the same stems and case rules ("firms" is the entry written "firm"); a phrase
  // written "=word" is the lexicon's exact-form entry.
  const entryOf = (frame: Frame, phrase: string): LexiconEntry => {
    const exact = phrase.startsWith('=');
    const words = (exact ? phrase.slice(1) : phrase).split(' ');
    const keys = words.map(wordKey);
    const cases = words.map(caseRuleOf);
    const forms = exact ? words.map(lowerCased).join(' ') : '';
    const entry = lexicon.index
      .get(keys[0] ?? '')
      ?.find(
        (e) =>
          e.forms.join(' ') === forms &&
          e.rest.length === keys.length - 1 &&
          e.rest.every((k, i) => k === keys[i + 1]) &&
          e.cases.every((c, i) => c === cases[i]),
      );
    if (!entry) throw new Error(`topic frames: ${frame.name} phrase "${phrase}" is not in the lexicon`);
    return entry;
  };
  // A frame's actor, needs and blocker bits share one number (bits f, f + NEEDS_SHIFT, f + BLOCKER_SHIFT).
  if (FRAMES.length > NEEDS_SHIFT)
    throw new Error(`topic frames: ${FRAMES.length} frames, ${NEEDS_SHIFT} mask bits`);
  let blockersNeeding = 0;
  const actorMask = new Map<LexiconEntry, number>();
  const mark = (entry: LexiconEntry, f: number) =>
    actorMask.set(entry, (actorMask.get(entry) ?? 0) | (1 << f));
  // Actor and blocker topics of every frame: node → [mask bit, min weight, except nodes].
  const byNode = new Map<number, [number, number, readonly number[]][]>();
  FRAMES.forEach((frame, f) => {
    const except = (frame.actorExcept ?? []).map(node);
    for (const id of frame.actorTopics ?? []) {
      const n = node(id);
      byNode.set(n, [...(byNode.get(n) ?? []), [f, frame.actorWeight ?? 2, except]]);
    }
    for (const id of frame.blockerTopics ?? []) {
      const n = node(id);
      byNode.set(n, [...(byNode.get(n) ?? []), [f + BLOCKER_SHIFT, frame.blockerWeight ?? 2, []]]);
    }
    for (const phrase of frame.actorPhrases ?? []) mark(entryOf(frame, phrase), f);
    for (const phrase of frame.blockerNeeds ?? []) mark(entryOf(frame, phrase), f + NEEDS_SHIFT);
    if (frame.blockerNeeds) blockersNeeding |= 1 << f;
  });
  // Actors by topic are read from an entry's gains when a text first matches it: scanning all ~5,000
  // entries at import was a tenth of the tagger's cold start. Entries share gain lists (lexicon-columns.ts),
  // so the masks are kept per list.
  const byGains = new Map<readonly number[], number>();
  const gainsMask = (gains: readonly number[]): number => {
    let mask = byGains.get(gains);
    if (mask === undefined) {
      mask = 0;
      for (let k = 0; k < gains.length; k += 2) {
        const frames = byNode.get(gains[k] ?? -1);
        if (!frames) continue;
        const gain = gains[k + 1] ?? 0;
        for (const [f, min, except] of frames)
          if (gain >= min && !except.some((n) => gainAt(gains, n) >= gain)) mask |= 1 << f;
      }
      byGains.set(gains, mask);
    }
    return mask;
  };
  // Each matched entry's mask, worked out once (entries are a few thousand): one look-up per match.
  const masks = new Map<LexiconEntry, number>();
  const maskOf = (entry: LexiconEntry): number => {
    let mask = masks.get(entry);
    if (mask === undefined) {
      mask = (actorMask.get(entry) ?? 0) | gainsMask(entry.gains);
      masks.set(entry, mask);
    }
    return mask;
  };
  return {
    blockersNeeding,
    actorMask: { get: (entry) => maskOf(entry) || undefined },
    subjects: FRAMES.map((frame) => new Set(frame.subjects.map(node))),
    exceptions: FRAMES.map((frame) => new Set((frame.except ?? []).map(node))),
    targets: FRAMES.map((frame) => node(frame.target)),
    targetTops: FRAMES.map((frame) => {
      let top = node(frame.target);
      while ((lexicon.nodes[top]?.parent ?? -1) >= 0) top = lexicon.nodes[top]?.parent ?? -1;
      return top;
    }),
    rivals: FRAMES.map((frame) => (frame.rival ? node(frame.rival) : -1)),
    rivalMargins: FRAMES.map((frame) => frame.rivalMargin ?? 0),
  };
}

/**
 * Moves each framed subject word's share to its frame's target (and the target's ancestors). Returns
 * [target node, surface, weight] per move, for evidence. A word its sense took away from a subject topic
 * (`offSense`, by node) moves nothing from there.
 */
export function applyFrames(
  frames: CompiledFrames,
  hits: ReadonlyMap<LexiconEntry, PhraseHits>,
  nodes: readonly TopicNode[],
  raw: Float64Array,
  strongest: Float64Array,
  damp: (count: number) => number,
  offSense?: ReadonlyMap<number, ReadonlySet<string>>,
): [number, string, number][] {
  const { subjects, exceptions, targets, targetTops, rivals, rivalMargins } = frames;
  const moved: [number, string, number][] = [];
  // Frames whose rival top level outweighs the target's (before any frame moved words) stay idle.
  let idle = 0;
  for (let f = 0; f < targets.length; f++) {
    const rival = rivals[f] ?? -1;
    if (rival >= 0 && (raw[rival] ?? 0) > (rivalMargins[f] ?? 0) * (raw[targetTops[f] ?? -1] ?? 0))
      idle |= 1 << f;
  }
  for (const [entry, h] of hits) {
    if (!h.framed) continue;
    for (let f = 0; f < targets.length; f++) {
      const count = h.framed[f] ?? 0;
      if (count === 0 || idle & (1 << f)) continue;
      const subject = subjects[f];
      const except = exceptions[f];
      const target = targets[f] ?? -1;
      let domain = 0;
      const { gains } = entry;
      for (let k = 0; k < gains.length; k += 2) {
        const node = gains[k] ?? -1;
        if (except?.has(node)) {
          domain = 0;
          break;
        }
        // A word the story read in another sense ("Britain backed the strikes" in a war story) is not the
        // subject's word, so it is no policy either.
        if (subject?.has(node) && !offSense?.get(node)?.has(entry.phrase))
          domain = Math.max(domain, gains[k + 1] ?? 0);
      }
      if (domain === 0) continue;
      const weight = FRAME_SHARE * damp(count) * domain;
      moved.push([target, h.surface, weight]);
      boost(raw, nodes, target, weight);
      strongest[target] = Math.max(strongest[target] ?? 0, domain);
    }
  }
  return moved;
}

/** An entry's gain at a node (0 when it names no topic at or below it). */
export function gainAt(gains: readonly number[], node: number): number {
  for (let k = 0; k < gains.length; k += 2) if (gains[k] === node) return gains[k + 1] ?? 0;
  return 0;
}
