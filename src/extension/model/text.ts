// Article text shown in the editor's own UI — hovers, tooltips, lists — as data: plain functions, no editor types.

/** One line: runs of white space (line breaks included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text on one line, cut at a word boundary to about `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max = 80): string {
  const s = oneLine(text);
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** The opening words of a sentence, for a list. */
export function openingWords(text: string, count = 8): string {
  const words = oneLine(text).split(' ');
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

/**
 * Markdown that shows `text` exactly as typed: every ASCII punctuation mark is backslash-escaped (CommonMark
 * treats an escaped mark as a literal character), so `[x](command:…)` is not a link, `<img …>` is not HTML,
 * `*` `_` `#` are not formatting, `&lt;` is not an entity. White space is made one line first.
 */
export function markdownText(text: string): string {
  return oneLine(text).replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** A link that runs one of Copydesk's own commands; the label is Copydesk's wording, escaped all the same. */
export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${markdownText(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/**
 * Quick-pick labels, descriptions and details draw `$(name)` as an icon: escape it so the text shows as typed.
 * (Tree item labels and descriptions do not, and need nothing.)
 */
export function escapeIcons(text: string): string {
  return text.replace(/\$\([A-Za-z0-9-]+(?:~[A-Za-z]+)?\)/g, '\\$&');
}

/** "1 quote", "3 quotes". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
