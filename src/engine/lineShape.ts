// The shape of a line of copy, told from its form alone: running prose, a headline, a dateline, a byline,
// a caption, a heading. Debris detection needs it to see headline runs between paragraphs of prose, and
// claim detection to leave titles, datelines and captions alone.

export type LineShape = 'prose' | 'headline' | 'heading' | 'dateline' | 'byline' | 'caption' | 'list' | 'other';

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
export const ENDS_SENTENCE = /[.!?…]["”’')\]]*$/u;
/** Headlines run to about a dozen words; a line much longer than this without a full stop is prose that lost it. */
export const MAX_HEADLINE_WORDS = 18;
/** A paragraph this long is prose even when its final stop is missing. */
const PROSE_WITHOUT_STOP = 19;

const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?$/i;
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?$/i;
// Words that may sit next to a date in a dateline: "Updated: 12:30 GMT, Friday, July 21, 2017".
const DATE_FILLER = /^(?:published|updated|posted|last|modified|on|at|am|pm|a\.m|p\.m|gmt|utc|bst|cet|cest|est|edt|pst|pdt|ist|\d{1,4}(?:st|nd|rd|th)?)$/i;

export function wordCount(line: string): number {
  return line.match(WORD)?.length ?? 0;
}

/** "Friday, July 21, 2017", "21 July 2017", "Updated 12:30 GMT, 21/07/2017": nothing but date and time words. */
export function isDateline(line: string): boolean {
  if (line.length > 100) return false;
  if (/^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/.test(line.trim())) return true;
  const words = line.match(/[\p{L}\p{N}.]+/gu) ?? [];
  if (!words.length || words.length > 10) return false;
  let dated = false;
  for (const raw of words) {
    const w = raw.replace(/\.$/, '');
    if (WEEKDAY.test(w) || MONTH.test(w)) dated = true;
    else if (!DATE_FILLER.test(w) && !/^\d{1,2}[:.]\d{2}$/.test(w)) return false;
  }
  return dated;
}

const CREDIT = String.raw`(?:image|images|photo|photos|photograph|picture|pictured|credit|illustration|file photo|video|source)\s*:`;
const CREDIT_ANYWHERE = new RegExp(String.raw`(?:^|\s|\()${CREDIT}`, 'i');
const CREDIT_FIRST = new RegExp(String.raw`^\s*${CREDIT}`, 'i');

/** A caption or credit: "Image: Nick Moreau.", "Photo: Reuters", "… (Photo by Jane Doe)". */
export function isCaption(line: string): boolean {
  return CREDIT_ANYWHERE.test(line) || /\((?:photo|picture|image)s?\s+(?:by|courtesy)\b/i.test(line);
}

/** A sentence that is a credit ("Image: United States Navy."), as captions end inside paragraphs. */
export const isCredit = (sentence: string) => CREDIT_FIRST.test(sentence);

/** A list item's marker: "- ", "• ", "2. ". */
const LIST_MARK = /^(?:[-*•+]\s|\d{1,2}[.)]\s)/;

/** A list item that reads as a headline ("- Tributes paid to Herts police officer"): a bulleted link to another story. */
export const isListedHeadline = (line: string) => LIST_MARK.test(line.trim()) && shapeOf(line.trim().replace(LIST_MARK, '')) === 'headline';

export function shapeOf(line: string): LineShape {
  const text = line.trim();
  if (/^#{1,6}\s/.test(text) || /^[=-]{3,}$/.test(text)) return 'heading';
  if (LIST_MARK.test(text)) return 'list';
  if (isDateline(text)) return 'dateline';
  const words = wordCount(text);
  if (/^by\s+\p{Lu}/iu.test(text) && words <= 8 && !ENDS_SENTENCE.test(text)) return 'byline';
  if (isCaption(text) && words <= 25) return 'caption';
  if (ENDS_SENTENCE.test(text) ? words >= 6 : words >= PROSE_WITHOUT_STOP) return 'prose';
  if (/^["“‘'(\[]/.test(text) || /[:;,]$/.test(text) || ENDS_SENTENCE.test(text)) return 'other';
  if (words >= 2 && words <= MAX_HEADLINE_WORDS && /^[\p{Lu}\p{N}]/u.test(text)) return 'headline';
  return 'other';
}
