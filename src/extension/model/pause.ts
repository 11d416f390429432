// Documents Copydesk does not analyse: text over copydesk.maxDocumentSize, or text that looks binary (a file
// opened by mistake). The reason is shown in the language status item instead of the summary. Pure logic.

/** How much of the text is sampled for U+FFFD (the rest is not read). */
const SAMPLE = 64 * 1024;

/** "3.4 MB", "12 KB": a size in characters, as the status item shows it. */
export function formatSize(chars: number): string {
  if (chars >= 1_000_000) return `${(chars / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(chars / 1000))} KB`;
}

/** True when the text has a NUL character, or mostly U+FFFD (bytes that were not text) in its first 64K. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (sample.length === 0) return false;
  let replaced = 0;
  for (let i = sample.indexOf('\uFFFD'); i >= 0; i = sample.indexOf('\uFFFD', i + 1)) replaced++;
  return replaced >= 8 ? replaced * 4 > sample.length : replaced * 2 > sample.length;
}

/** Why the text is not analysed ("Copydesk paused: …"), or `undefined` when it is. */
export function pauseReason(text: string, maxDocumentSize: number): string | undefined {
  if (text.length > maxDocumentSize) return `Copydesk paused: ${formatSize(text.length)} is over copydesk.maxDocumentSize`;
  if (looksBinary(text)) return 'Copydesk paused: this looks like a binary file, not text';
  return undefined;
}
