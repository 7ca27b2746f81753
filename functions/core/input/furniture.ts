/**
 * What marks an element as page furniture rather than the story, by its own attributes: hidden, a landmark
 * role, or class and id words. The HTML reader (html.ts) asks it of every element; the Markdown reader
 * (markdown.ts) of a raw HTML block's opening tag, which CMS exports leave in (review59: an ad's box in a .md).
 */

/** Page furniture, not article text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'noframes',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'iframe',
  'svg',
  'math',
  'button',
  'select',
  'textarea',
  'menu',
  'dialog',
  'canvas',
  'object',
  'embed',
  'video',
  'audio',
  'picture',
  'img',
  // A photo's caption describes the photo, not the story ("A stretch of the highway near Kollam. | Photo
  // Credit: Special Arrangement").
  'figcaption',
]);
const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu']);
// Class or id words that mark page furniture inside containers (not on paragraphs, which keep their text).
// Blocks of other stories' headlines too (trending, ticker, teasers, most-read, editors' picks, a breaking-news
// banner) and a video player's text: above the headline, one hid the dateline and leaked its countries (wild56).
// Not a lone "teaser" or "ticker": a page's own lead ("article__teaser") and a live blog ("live-ticker", or German
// live blogs built of "ticker" blocks: review58) say so (read56). The site's header or masthead with its edition
// picker ("Edition: Peru | Bolivia | Argentina") named countries the story did not (review59). A theme's side column
// ("mvp-side-wrap", "side-widget") and WordPress's "widget-area" too (review62); not "side" alone ("left-side" may be
// the story's column) nor "widget", which also holds the story in page builders ("elementor-widget-theme-post-content").
// A page's side rail (a column of other stories: AP's "PageListRightRailA", "right-rail"); not "rail" alone, which
// may name the story's own column ("main-rail": review62). A post's list of tags ("tags", "tag-list", "tag-cloud", "topic-list": the BBC's tag list named France and Germany under a
// story on Heathrow). Social embeds (a tweet's, an Instagram post's, a TikTok's, a Facebook post's): their reactions, handles and
// places are no story's (review62: a fan's "Congratulations from all of us in Ethiopia" in a Kenyan runner's story).
// The Ad Inserter plugin's slots in a WordPress story ("code-block code-block-3"): ads and "Also read" promotions.
// A newsletter's sign-up box inside a post (Substack's "subscription-widget-wrap": "Thanks for reading … Subscribe for
// free to receive new posts") and a call to action ("gh-post-upgrade-cta", "newsletter-cta").
const FURNITURE =
  /(?:^|[\s_-])(?:nav|navbar|gnb|lnb|gnav|menu|footer|tags|tag[_-](?:list|cloud)|topic[_-]list|(?:right|left|side)[\s_-]?rail|twitter[_-]tweet|instagram[_-]media|tiktok[_-]embed|fb[_-]post|sidebar|side[_-](?:wrap|widgets?|panel|area|column|col|rail)|widget[_-]area|code[_-]block[_-]\d+|share|sharing|social|newsletter|related|advert|advertisement|ad|ads|cookie|cookies|comments?|breadcrumbs?|subscribe|subscription[_-]widget|cta|promo|paywall|trending|news[_-]ticker|teasers|recommended|recommendations|most[_-](?:popular|read|viewed|shared)|top[_-]stories|editors?[_-]picks?|breaking[_-](?:banner|bar|ticker)|(?:video|audio|media)[_-]player|site[_-]header|masthead|(?:edition|region)[_-](?:picker|switcher|selector|menu))(?:$|[\s_-])/i;
/** An inline style that hides its element. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
// Class or id words that mark who wrote the story or took its pictures, on any element.
const BYLINE =
  /(?:^|[\s_-])(?:byline|bylines|author|authors|contributor|contributors|credit|credits)(?:$|[\s_-])/i;
// Class or id words of the labels around a story, on any element: the section "kicker" or "eyebrow" over
// the headline ("EAST AFRICA"), the publication time ("November 18, 2025 06:30 am | Updated 08:12 am IST")
// and photo captions. Left in, a label stands before the dateline and hides it. A post's meta line too, a paragraph
// as often as a box ("Posted by admin on March 3 in Agriculture, Uganda": its categories are no story's, review62).
const LABELS =
  /(?:^|[\s_-])(?:kicker|eyebrow|overline|publish|published|timestamp|updated|caption|captions|(?:post|entry|article|story)[_-]?meta)(?:$|[\s_-])/i;

// Class words that switch a feature on or off for the element's content rather than name what the element is: a
// story's body that shows share buttons says "social-share-enabled" or "has-ads", one without them "ad-free" or
// "StoryBodyAdFree". Read as furniture, they dropped the whole story (review60, review62); a box named "newsletter" or "comments" is still one, whatever else it is called.
const FEATURE_SWITCH =
  /(?:^|\s)(?:(?:[Hh]as|HAS|[Ww]ith|WITH)(?:[_-]|(?=[A-Z]))\S*|\S*(?:[_-]|(?<=[a-z])(?=[A-Z]))(?:[Ee]nabled|[Dd]isabled|[Ff]ree|ENABLED|DISABLED|FREE))(?=\s|$)/g;
// A post's tags and categories among WordPress's post_class words, which always carry "hentry", "type-…" or
// "post-<id>" beside them ("post-4521 type-post hentry tag-social-media": review61). Without those, "category-nav"
// and "category-menu" are a site's menus.
const POST_CLASS = /(?:^|\s)(?:hentry|type-\S+|post-\d+)(?=\s|$)/i;
const POST_TAXONOMY = /(?:^|\s)(?:tag|category)[_-]\S*(?=\s|$)/gi;
// A story's own box that also says where the page puts its sidebar or share buttons ("entry-content
// sidebar-right", "story-body share-buttons-top") names a layout, not a second box (review61). Only beside a
// story-box word, for a box that holds paragraphs, and only for a sidebar's or share bar's place: alone,
// "sidebar-right" is the sidebar; "news-content sidebar-right" over a list of headlines is one too, and
// "story-text related-bottom" or "article-text promo-right" are other stories and promotions (review62).
const STORY_BOX = /(?:^|\s)(?:entry|post|article|story|news)[_-]{0,2}(?:content|body|text)(?=\s|$)/i;
const LAYOUT_POSITION =
  /(?:^|\s)(?:sidebar|share|sharing|social)(?:[_-]\S*)?[_-](?:left|right|top|bottom)(?=\s|$)/gi;

// Furniture's words that may also decorate the box of a story (its share bar, ads, a promotion of the story itself,
// a paywall or a player): a page whose only paragraphs sit in such a box reads them (`storyBoxes`). Not the words of
// other stories' boxes (related, most read, rails), of menus, comments, notices or sign-up boxes: those are never the
// story (review63: a script-filled page's teasers read as its story).
// And only on a box that also names itself a story's ("share-story", "promo-article", "story-body paywall"): a box named
// "ad-container" or "paywall" alone holds an ad's or a paywall's own pitch ("Subscribe now from $1 a week", review63).
const STORY_WORD = /(?:^|[\s_-])(?:story|article|entry|post|content|body|text)(?=$|[\s_-])/i;
const MAY_WRAP_STORY =
  /(?:^|[\s_-])(?:share|sharing|social|ad|ads|advert|advertisement|promo|paywall|cta|(?:video|audio|media)[_-]player|code[_-]block[_-]\d+)(?=$|[\s_-])/gi;

/** A lower-case letter and the capital after it: where camel-case names join their words. */
const CAMEL_CASE_JOINT = /([a-z])([A-Z])/g;

/** An element's attribute by name, or undefined. */
export type AttributeOf = (name: string) => string | undefined;

/** Hidden by an attribute, its own style or a landmark role that is not the story's (navigation, banner…). */
export function hiddenByAttributes(attribute: AttributeOf): boolean {
  if (attribute('hidden') !== undefined || attribute('aria-hidden') === 'true') return true;
  // Hidden by its own style, as the hidden attribute hides it (review59: a hidden block of other stories' text).
  const style = attribute('style');
  if (style !== undefined && HIDDEN_STYLE.test(style)) return true;
  const role = attribute('role');
  return role !== undefined && SKIPPED_ROLES.has(role.toLowerCase());
}

/**
 * The class and id words of an element, as one string the patterns read, and its `data-component`: sites that
 * hash their class names say what a box is there ("byline-block", "tag-list", "text-block" on the BBC's pages).
 */
export const classAndId = (attribute: AttributeOf): string =>
  `${attribute('class') ?? ''} ${attribute('id') ?? ''} ${attribute('data-component') ?? ''}`;

/**
 * Furniture by its class and id words: a byline or label on any element ("Pippa Crerar Political editor" is about
 * the writer, even as a paragraph); nav, ads, related stories and the like on any element but a paragraph. Words
 * that switch a feature on ("has-ads", "share-enabled") or, among WordPress's post classes, tag the post
 * ("tag-social-media") are not read, nor, on a story's own box that holds paragraphs, words placing the page's
 * sidebar or share bar ("entry-content sidebar-right"). The Markdown reader sees only an opening tag: no paragraphs.
 * With `storyBoxes`, for a page that would otherwise show no story, a box that holds paragraphs is not furniture by
 * words that may decorate a story's own box (share, ad, promo…): only by its other furniture, byline or label words.
 */
export function furnitureByNames(
  tagName: string,
  names: string,
  holdsParagraphs: () => boolean = () => false,
  storyBoxes = false,
): boolean {
  // Words of camel-case names read apart, as a hyphen parts them: AP's "PagePromo" is a promotion of another story.
  const switched = names.replace(FEATURE_SWITCH, ' ').replace(CAMEL_CASE_JOINT, '$1 $2');
  const untagged = POST_CLASS.test(switched) ? switched.replace(POST_TAXONOMY, ' ') : switched;
  const placed = untagged.replace(LAYOUT_POSITION, ' ');
  const kinds = placed !== untagged && STORY_BOX.test(untagged) && holdsParagraphs() ? placed : untagged;
  if (BYLINE.test(kinds) || LABELS.test(kinds)) return true;
  if (tagName === 'p' || !FURNITURE.test(kinds)) return false;
  if (!storyBoxes || !STORY_WORD.test(kinds) || !holdsParagraphs()) return true;
  // Overlooked only when no other furniture word names the box: "related-promo" is other stories.
  return FURNITURE.test(kinds.replace(MAY_WRAP_STORY, ' '));
}
