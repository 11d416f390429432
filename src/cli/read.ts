// Reading an article file for the CLI: refuses binary, oversized and device files with a message, never a stack
// trace. Text is UTF-8, or UTF-16 with a byte-order mark; bytes that are not valid UTF-8 in otherwise-text files
// are kept as U+FFFD and reported in a note rather than refused.
import { closeSync, openSync, readSync, statSync } from 'node:fs';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export class InputError extends Error {}

export interface FileText {
  /** The decoded text, byte-order mark removed: the reference for every offset. */
  text: string;
  /** What the reader should know about how the file was read, one sentence each ("3 bytes … read as U+FFFD"). */
  notes: string[];
}

/** "6.2 MB", "12.0 KB", "900 bytes". */
const size = (bytes: number) => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} bytes`);

/** The text of an article (or, with `what`, of another file Copydesk reads), decoded and checked. */
export function readArticle(file: string, maxBytes = DEFAULT_MAX_BYTES, what = 'an article'): FileText {
  const bytes = readBytes(file, maxBytes, what);
  try {
    const decoded = decode(bytes);
    return { text: decoded.text, notes: decoded.notes.map((n) => `${file}: ${n}`) };
  } catch (e) {
    throw e instanceof InputError ? new InputError(`${file}: ${e.message}`) : e;
  }
}

/** The file's bytes, at most `maxBytes`: regular files, and pipes (`<(command)`), but no folders or devices. */
function readBytes(file: string, maxBytes: number, what: string): Uint8Array {
  const fail = (why: string) => new InputError(`${file}: ${why}`);
  const tooBig = (found: string, exact?: number) =>
    fail(`${found} is over the ${size(maxBytes)} limit for ${what}; pass --max-size=${exact ?? 'BYTES'} to analyse it anyway`);
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    throw fail(`cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (st.isDirectory()) throw fail(`is a folder, not ${what === 'an article' ? 'an article file' : what}`);
  if (st.isCharacterDevice() || st.isBlockDevice()) throw fail(`is a device, not a file; Copydesk reads ${what} from a file or a pipe`);
  if (st.isSocket()) throw fail(`is a socket, not a file; Copydesk reads ${what} from a file or a pipe`);
  if (st.isFile() && st.size > maxBytes) throw tooBig(size(st.size), st.size);
  // Read in chunks up to the limit, whatever the size said: a pipe has none, and a file may grow.
  const chunks: Buffer[] = [];
  let total = 0;
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw fail(`cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        throw fail(`cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw tooBig(`more than ${size(maxBytes)}`);
    }
  } finally {
    closeSync(fd);
  }
  return Buffer.concat(chunks, total);
}

const startsWith = (buf: Uint8Array, ...bytes: number[]) => bytes.every((b, i) => buf[i] === b);

/** The bytes as text: UTF-8 (a byte-order mark removed), or UTF-16 with a byte-order mark. */
export function decode(buf: Uint8Array): FileText {
  if (startsWith(buf, 0x00, 0x00, 0xfe, 0xff) || startsWith(buf, 0xff, 0xfe, 0x00, 0x00)) {
    throw new InputError('is UTF-32 text; Copydesk reads UTF-8 or UTF-16, so save it as UTF-8');
  }
  for (const [bom, encoding] of [[[0xff, 0xfe], 'utf-16le'], [[0xfe, 0xff], 'utf-16be']] as const) {
    if (!startsWith(buf, ...bom)) continue;
    const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(buf.subarray(2));
    if (text.includes('\u0000') || replacementShare(text.slice(0, 65536)) > 0.05) throw binary();
    const bad = count(text, '\ufffd');
    return { text, notes: bad ? [`${bad} unpaired UTF-16 surrogate${bad === 1 ? ' was' : 's were'} read as U+FFFD “�”`] : [] };
  }
  const sample = buf.subarray(0, 65536);
  if (sample.includes(0)) throw utf16WithoutMark(sample) ? new InputError('looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or as UTF-16 with a byte-order mark)') : binary();
  if (replacementShare(new TextDecoder('utf-8', { fatal: false }).decode(sample)) > 0.05) throw binary();
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  // Replacement characters the decoder made, not those the file spells out in UTF-8 (EF BF BD).
  const replaced = count(text, '\ufffd') - literalReplacements(buf);
  const notes: string[] = [];
  if (replaced > 0) {
    const at = firstInvalidUtf8(buf);
    const line = at < 0 ? null : 1 + buf.subarray(0, at).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 0);
    notes.push(
      `${replaced} byte sequence${replaced === 1 ? ' that is' : 's that are'} not valid UTF-8 ${replaced === 1 ? 'was' : 'were'} read as U+FFFD “�”` +
        `${line ? ` (the first on line ${line})` : ''}; if the file is in Latin-1 or Windows-1252, save it as UTF-8`,
    );
  }
  return { text, notes };
}

const binary = () => new InputError('looks like a binary file, not text; Copydesk reads UTF-8 text (or UTF-16 with a byte-order mark)');

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function replacementShare(text: string): number {
  return text.length ? count(text, '\ufffd') / text.length : 0;
}

function literalReplacements(buf: Uint8Array): number {
  let n = 0;
  for (let i = buf.indexOf(0xef); i >= 0 && i + 2 < buf.length; i = buf.indexOf(0xef, i + 1)) if (buf[i + 1] === 0xbf && buf[i + 2] === 0xbd) n++;
  return n;
}

/** ASCII-range text in UTF-16 has a NUL in every other byte: nearly all the even bytes, or the odd ones. */
function utf16WithoutMark(sample: Uint8Array): boolean {
  if (sample.length < 8) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const pairs = Math.floor(sample.length / 2);
  return (odd > 0.9 * pairs && even < 0.1 * pairs) || (even > 0.9 * pairs && odd < 0.1 * pairs);
}

/** The offset of the first byte that does not start a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}
