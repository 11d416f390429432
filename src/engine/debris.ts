// Lines pasted from a web page along with the article: related headlines, link labels, share buttons.
// Two kinds of evidence: page furniture recognised by its wording ("Advertisement", "…Opens in new window"),
// and related-article headlines recognised by position — a run of headline-shaped lines cutting into the prose.
import type { ArticleDoc } from './document';
import { isListedHeadline, shapeOf, type LineShape } from './lineShape';
import type { Problem, Span } from './types';

interface Line extends Span {
  text: string;
  /** The line is a paragraph of its own (not one line of a hard-wrapped block). */
  whole: boolean;
}

interface Label {
  message: string;
  /** A "Read more" or "Related" label alone: the headline on the next line belongs to it. */
  introducesHeadline: boolean;
}

const RELATED_HEADLINE = 'Related-article headline pasted from a web page';
const TIMESTAMP = /^(?:updated:?\s+|posted:?\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\.?$/i;

const OPENS_NEW_WINDOW = /\s*opens?\s+in\s+(?:a\s+)?new\s+(?:window|tab)\s*\]?\s*$/i;
// Advertisement labels; a bare "Ad" only as a whole line ("Adam" opens copy).
const ADVERT_WORDS = String.raw`advertisement|advertising|advert|hide ad|sponsored(?: content| links?| stories)?|paid (?:content|post|partnership)|promoted(?: content| stories)?|story continues below(?: advertisement)?|skip (?:advertisement|ad)|continue reading below`;
// One label, or several run together where a page's line breaks were lost ("Hide AdAdvertisement").
const ADVERTISEMENT = new RegExp(String.raw`^(?:(?:${ADVERT_WORDS}|ad)\s*)+$`, 'i');
/** Advertisement labels at the start of a line, before the copy they were pasted into ("Hide Ad“Having a …"). */
export const ADVERT_PREFIX = new RegExp(String.raw`^(?:(?:${ADVERT_WORDS})\s*)+`, 'i');

/** A line of nothing but advertisement labels ("Advertisement", "Hide AdAdvertisement", "ADVERTISEMENT."). */
export function isAdvertisement(line: string): boolean {
  return line.length <= 300 && ADVERTISEMENT.test(line.trim().replace(/\s+/g, ' ').replace(/[.!:]$/, '').trim());
}
const READ_MORE =
  /^(?:read more|read next|read also|also read|see also|more on this(?: story| topic)?|related(?: articles?| stories| coverage| content| reading| links)?|recommended(?: for you| reading)?|most (?:read|popular|viewed)|you may also like|you might also like)\s*(?:[:|›»>–—-]\s*(.*))?$/i;
const NEWSLETTER = /^(?:(?:sign up|subscribe|register)\b.*\b(?:newsletters?|e-?mails?|alerts|updates|briefings?|digest|free|now|today|here)|sign up|subscribe)$/i;
/** The social platforms people post on, by name in lower case (read by references.ts too: no body speaks for one). */
const PLATFORM_NAMES = 'facebook|twitter|x|instagram|tiktok|youtube|whatsapp|telegram|linkedin|threads|snapchat|reddit|bluesky|weibo|wechat|truth social';
export const PLATFORMS = new RegExp(`^(?:${PLATFORM_NAMES})$`);
const FOLLOW_US = new RegExp(`^follow (?:us|[\\p{L}.' ]{1,30}) on (?:${PLATFORM_NAMES})\\b`, 'iu');
// A sign-up, consent or donation prompt written as a sentence: "For news impacting Canada …, sign up for breaking news
// alerts delivered directly to you", "By providing your email address, you have read and agree to …", "More than
// 5,000 readers have already pitched in to keep free access to The Journal".
const PROMPT_SENTENCE = /\bsign up (?:for|to)\b.{0,60}\b(?:newsletters?|alerts|updates|briefings?)\b|\bdirectly to your inbox\b|^by providing your email\b|\bkeep paywalls away\b|\bpitched in to keep\b|\bsupport (?:our|independent|quality) journalism\b/i;
// A video player's label and the clip's title: "Click to play video: 'Ferry changes to be discussed at council'".
const VIDEO_LABEL = /^(?:click|tap|press) to (?:play|watch)(?: the)?(?: video)?\s*:/i;
const COMMENTS = /^(?:\d+\s+)?(?:comments?|show comments|view comments|join the conversation|leave a comment)$/i;
const READING_TIME = /^(?:\d+\s*(?:min|minute)s?\s+read|listen to this article(?:\s*[·•|-]?\s*\d+\s*min(?:ute)?s?)?)$/i;

// Words of a share toolbar; a line made of nothing else is one ("Share on Facebook", "Copy link").
const SHARE_WORDS = new Set(
  'share this article story page post on via to with facebook twitter x whatsapp email e-mail linkedin reddit pinterest messenger telegram bluesky threads print copy link copied tweet save gift'.split(' '),
);
const SHARE_MARKERS = new Set('share facebook twitter whatsapp linkedin reddit pinterest telegram messenger bluesky tweet copy'.split(' '));

// "MORE: French minister leaves the door open …": a bare "More" needs its colon, or it is a word of copy.
const MORE_LINK = /^more\s*:\s*(.+)$/i;
// A site's note on its outbound links: "The BBC is not responsible for the content of external sites."
const LINK_DISCLAIMER = /\bnot responsible for the content of external (?:internet )?(?:sites|websites|links)\b|^read about our approach to external linking$/i;
// A site's notice about the reader's browser or its cookies: "Your browser appears to have cookies disabled", "We'll
// assume we have your consent to use cookies", "we recommend you upgrade to a newer version or another browser".
const BROWSER_NOTICE = /^your browser (?:is (?:no longer|not) supported|appears to have (?:cookies|javascript) disabled|does not support)|\bplease enable (?:cookies|javascript)\b|\bassume (?:we have )?your consent\b|\bupgrade to a newer version\b.*\bbrowser\b|^(?:this|our) (?:site|website) uses cookies\b/i;

/** What a line of page furniture is, from its wording; null for anything else. */
export function labelOf(line: string): Label | null {
  // Labels are short; a paragraph of prose is not worth the regular expressions.
  if (line.length > 300) return null;
  const text = line.trim().replace(/\s+/g, ' ');
  const words = text.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? [];
  if (!words.length || words.length > 30) return null;
  if (OPENS_NEW_WINDOW.test(text)) {
    const title = text.replace(OPENS_NEW_WINDOW, '').replace(/^\[\s*/, '').trim();
    return { message: `Link pasted from a web page: “${title}…Opens in new window”`, introducesHeadline: false };
  }
  const bare = text.replace(/[.!:]$/, '').trim();
  if (isAdvertisement(text)) return { message: 'Advertisement label', introducesHeadline: false };
  const readMore = READ_MORE.exec(bare) ?? MORE_LINK.exec(bare);
  if (readMore) {
    const rest = readMore[1]?.trim();
    return rest
      ? { message: `Read more link pasted from a web page: “${rest}”`, introducesHeadline: false }
      : { message: 'Read more link', introducesHeadline: true };
  }
  // Buttons carry no full stop; "FACEBOOK." heads readers' comments on a letters page.
  if (!/\.$/.test(text) && words.every((w) => SHARE_WORDS.has(w)) && words.some((w) => SHARE_MARKERS.has(w))) return { message: 'Share buttons', introducesHeadline: false };
  if (NEWSLETTER.test(bare) && words.length <= 10) return { message: 'Newsletter sign-up prompt', introducesHeadline: false };
  if (VIDEO_LABEL.test(bare)) return { message: 'Video player label pasted from a web page', introducesHeadline: false };
  if (PROMPT_SENTENCE.test(bare)) return { message: 'Sign-up or donation prompt pasted from a web page', introducesHeadline: false };
  if (FOLLOW_US.test(bare) && words.length <= 10) return { message: 'Social-media follow prompt', introducesHeadline: false };
  if (LINK_DISCLAIMER.test(bare)) return { message: 'Note on external links pasted from a web page', introducesHeadline: false };
  if (COMMENTS.test(bare)) return { message: 'Comments link', introducesHeadline: false };
  if (READING_TIME.test(bare)) return { message: 'Reading-time label', introducesHeadline: false };
  if (BROWSER_NOTICE.test(bare)) return { message: 'Browser or cookie notice pasted from a web page', introducesHeadline: false };
  return null;
}

interface LineShapes extends Line {
  label: Label | null;
  /** The line's shape when it is a paragraph of its own and no label; prose otherwise (see relatedHeadlines). */
  shape: LineShape;
}

/** The lines of the document with what their text alone says of them, found once per paragraph text: each line as
 *  found in its paragraph (offsets relative to it), with where that paragraph starts. */
function linesOf(doc: ArticleDoc): { lines: LineShapes[]; at: number[] } {
  const lines: LineShapes[] = [];
  const at: number[] = [];
  for (const p of doc.paragraphs) {
    for (const l of p.memo.get('lines', () => paragraphLines(p.body))) {
      lines.push(l);
      at.push(p.start);
    }
  }
  return { lines, at };
}

/** A paragraph's lines, at offsets relative to it. */
function paragraphLines(body: string): LineShapes[] {
  const re = /[^\r\n]+/g;
  const parts: Line[] = [];
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (text) parts.push({ start: m.index + lead, end: m.index + lead + text.length, text, whole: false });
  }
  if (parts.length === 1) parts[0].whole = true;
  return parts.map((l) => {
    const label = labelOf(l.text);
    return { ...l, label, shape: !label && l.whole ? shapeOf(l.text) : 'prose' };
  });
}

export function findDebris(doc: ArticleDoc): Problem[] {
  const { lines, at } = linesOf(doc);
  const labels = lines.map((l) => l.label);
  const problems: Problem[] = [];
  const problem = (i: number, message: string): Problem => ({ start: lines[i].start + at[i], end: lines[i].end + at[i], code: 'pasted-debris', message, severity: 'hint' });
  lines.forEach((l, i) => {
    if (l.label) problems.push(problem(i, l.label.message));
  });
  for (const i of relatedHeadlines(lines, labels)) problems.push(problem(i, RELATED_HEADLINE));
  return problems.sort((a, b) => a.start - b.start);
}

/**
 * Indices of lines that are related-article headlines: runs of two or more headline-shaped lines with prose
 * on both sides (three or more when the run ends the text), or any run right under a bare "Read more" or "Related".
 * A single headline between paragraphs is a section subheading; headlines before any prose are the title.
 * Labels are see-through: "[ …Opens in new window ]" lines may sit among the headlines.
 */
function relatedHeadlines(lines: LineShapes[], labels: (Label | null)[]): number[] {
  const found = new Set<number>();
  const units = lines.map((_, i) => i).filter((i) => !labels[i]);
  const shapes = new Map<number, LineShape>(units.map((i) => [i, lines[i].shape]));
  for (let u = 0; u < units.length; ) {
    if (shapes.get(units[u]) !== 'headline') {
      u++;
      continue;
    }
    let v = u;
    while (v < units.length && shapes.get(units[v]) === 'headline') v++;
    const run = units.slice(u, v);
    const proseBefore = u > 0 && shapes.get(units[u - 1]) === 'prose';
    const proseAfter = v < units.length && shapes.get(units[v]) === 'prose';
    const endsText = v === units.length;
    // A live blog's entries: a time ("14:10 GMT", "2:25 p.m.") and the entry's headline are copy, not debris.
    if (TIMESTAMP.test(lines[run[0]].text)) {
      u = v;
      continue;
    }
    const introduced = !!labels[run[0] - 1]?.introducesHeadline;
    if (introduced || (proseBefore && ((proseAfter && run.length >= 2) || (endsText && run.length >= 3)))) run.forEach((i) => found.add(i));
    u = v;
  }
  // Under a bare "Read more", the links may come as a bulleted list: "- Tributes paid to Herts police officer".
  labels.forEach((label, i) => {
    if (!label?.introducesHeadline) return;
    for (let j = i + 1; j < lines.length && !labels[j] && isListedHeadline(lines[j].text); j++) found.add(j);
  });
  return [...found].sort((a, b) => a - b);
}
