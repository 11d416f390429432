// Reading an article file for the CLI: refuses binary and oversized files with a message, never a stack trace.
import { readFileSync, statSync } from 'node:fs';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export class InputError extends Error {}

/** The file's text decoded as UTF-8 with a leading byte-order mark removed (the offsets' reference). */
export function readArticle(file: string, maxBytes = DEFAULT_MAX_BYTES, what = 'an article'): string {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError(`${file}: is a folder, not ${what === 'an article' ? 'an article file' : what}`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (size > maxBytes) {
    throw new InputError(
      `${file}: ${(size / 1048576).toFixed(1)} MB is over the ${(maxBytes / 1048576).toFixed(1)} MB limit for ${what}; ` +
        `pass --max-size=BYTES to analyse it anyway`,
    );
  }
  const buf = readFileSync(file);
  if (looksBinary(buf)) throw new InputError(`${file}: looks like a binary file, not text; Copydesk reads UTF-8 text`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** NUL bytes, or many bytes that are not valid UTF-8, mean the file is not text. */
export function looksBinary(buf: Uint8Array): boolean {
  const sample = buf.subarray(0, 65536);
  if (sample.includes(0)) return true;
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(sample);
  let bad = 0;
  for (let i = 0; i < decoded.length; i++) if (decoded.charCodeAt(i) === 0xfffd) bad++;
  return decoded.length > 0 && bad / decoded.length > 0.05;
}
