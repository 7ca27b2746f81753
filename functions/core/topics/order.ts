import type { Topic } from '../schema.js';
import { sortInPlace } from '../text/sort.js';

/**
 * Sorts an article's topics highest score first, so that the first subtopic listed sits under the first
 * top level. A reader (or a feed) that shows "top level › first subtopic" would otherwise show a pair
 * that does not belong together in about one story of six among modern news and one of sixteen on
 * bbc-dev: "weather › government" (a mayor and ministers in a monsoon story), "health › government
 * policy" (a health frame's moved words), "economy › technology and engineering" (a chip maker's
 * results, where technology piles its weight into one subtopic while business spreads over several).
 *
 * The top level decides what the story is filed under; its strongest subtopic is then the story's first
 * subtopic, so it is scored as high as the strongest subtopic of any other top level (never above its
 * own top level, which scores at least as high as every other). Only that one score is raised: the
 * other subtopics keep theirs, so a consumer filtering on a score loses none of them. Putting the
 * strongest subtopic's top level first instead would file an earnings story under technology and a
 * monsoon story under politics. A top level with no subtopic listed leaves the order as it is.
 *
 * `roots[k]` is the id of `topics[k]`'s top level (its own id for a top level).
 */
export function orderTopics(topics: Topic[], roots: readonly string[]): Topic[] {
  let lead: Topic | undefined;
  for (const t of topics) if (t.level === 1 && (!lead || before(t, lead))) lead = t;
  const leadTree = new Set<Topic>();
  if (lead) {
    let best: Topic | undefined;
    let strongestOther = 0;
    for (let k = 0; k < topics.length; k++) {
      const t = topics[k] as Topic;
      if (roots[k] === lead.id) {
        leadTree.add(t);
        if (t.level > 1 && (!best || t.score > best.score)) best = t;
      } else if (t.level > 1 && t.score > strongestOther) strongestOther = t.score;
    }
    if (best && strongestOther > best.score) best.score = Math.min(lead.score, strongestOther);
  }
  return sortInPlace(
    topics,
    (a, b) =>
      b.score - a.score ||
      a.level - b.level ||
      // At equal scores the first top level's own topics come first.
      (leadTree.has(b) ? 1 : 0) - (leadTree.has(a) ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Higher score first, then (ids are "medtop:" and eight digits) the lower id: the sort's own order. */
function before(a: Topic, b: Topic): boolean {
  return a.score > b.score || (a.score === b.score && a.id < b.id);
}
