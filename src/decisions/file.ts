// The decisions file: reading it strictly (a file that is not what Copydesk wrote is reported, never guessed
// at), writing it stably (sorted, so a shared file diffs cleanly), and merging two versions of it.
import { STATUSES, type Decision, type DecisionFile } from './types';

export const FILE_VERSION = 1;

export function emptyFile(): DecisionFile {
  return { version: FILE_VERSION, documents: {} };
}

export type Parsed = { ok: true; file: DecisionFile } | { ok: false; error: string };

/** Reads the file's text. An empty file counts as no decisions; anything malformed is an error saying where. */
export function parseFile(text: string): Parsed {
  if (text.trim() === '') return { ok: true, file: emptyFile() };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not valid JSON (${(e as Error).message})` };
  }
  if (!isObject(raw)) return { ok: false, error: 'not a JSON object' };
  if (raw.version !== FILE_VERSION) {
    return { ok: false, error: `"version" is ${JSON.stringify(raw.version)}; this Copydesk reads version ${FILE_VERSION}` };
  }
  if (!isObject(raw.documents)) return { ok: false, error: '"documents" must be an object of document paths' };
  const documents: Record<string, Decision[]> = {};
  for (const [doc, list] of Object.entries(raw.documents)) {
    const where = `documents[${JSON.stringify(doc)}]`;
    if (!Array.isArray(list)) return { ok: false, error: `${where} must be a list of decisions` };
    const decisions: Decision[] = [];
    const keys = new Set<string>();
    for (let i = 0; i < list.length; i++) {
      const d = decisionOf(list[i]);
      if (typeof d === 'string') return { ok: false, error: `${where}[${i}]: ${d}` };
      if (keys.has(d.key)) return { ok: false, error: `${where}[${i}]: key ${JSON.stringify(d.key)} appears twice` };
      keys.add(d.key);
      decisions.push(d);
    }
    documents[doc] = decisions;
  }
  return { ok: true, file: { version: FILE_VERSION, documents } };
}

/** The decision, or what is wrong with it. */
function decisionOf(raw: unknown): Decision | string {
  if (!isObject(raw)) return 'a decision must be an object';
  for (const field of ['key', 'claimId', 'text', 'decidedAt', 'anchoredAt'] as const) {
    if (typeof raw[field] !== 'string' || (field !== 'text' && raw[field] === '')) return `"${field}" must be a non-empty string`;
  }
  if (!STATUSES.includes(raw.status as Decision['status'])) {
    return `"status" must be ${STATUSES.map((s) => JSON.stringify(s)).join(', ')}, not ${JSON.stringify(raw.status)}`;
  }
  if (raw.note !== undefined && typeof raw.note !== 'string') return '"note" must be a string';
  return {
    key: raw.key as string,
    claimId: raw.claimId as string,
    text: raw.text as string,
    status: raw.status as Decision['status'],
    note: (raw.note as string | undefined) ?? '',
    decidedAt: raw.decidedAt as string,
    anchoredAt: raw.anchoredAt as string,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const HEADER =
  'Copydesk: decisions about claims to check (verified, dismissed), per article. Shared by everyone working on this folder; merged when two windows save.';

/** Stable text: documents and decisions sorted, one field order, a trailing newline. */
export function serializeFile(file: DecisionFile): string {
  const documents: Record<string, Decision[]> = {};
  for (const doc of Object.keys(file.documents).sort()) {
    const list = file.documents[doc];
    if (!list.length) continue;
    documents[doc] = [...list]
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((d) => ({ key: d.key, claimId: d.claimId, text: d.text, status: d.status, note: d.note, decidedAt: d.decidedAt, anchoredAt: d.anchoredAt }));
  }
  return JSON.stringify({ $comment: HEADER, version: FILE_VERSION, documents }, null, 2) + '\n';
}

/**
 * Both files' decisions. Where both hold the same decision (same key), the status and note come from the one
 * decided later and the anchor from the one anchored later, so merging is order-independent: two windows
 * that merge each other's saves end up with the same file.
 */
export function mergeFiles(a: DecisionFile, b: DecisionFile): DecisionFile {
  const documents: Record<string, Decision[]> = {};
  for (const doc of new Set([...Object.keys(a.documents), ...Object.keys(b.documents)])) {
    const byKey = new Map<string, Decision>();
    for (const d of [...(a.documents[doc] ?? []), ...(b.documents[doc] ?? [])]) {
      const other = byKey.get(d.key);
      byKey.set(d.key, other ? mergeDecision(other, d) : d);
    }
    documents[doc] = [...byKey.values()];
  }
  return { version: FILE_VERSION, documents };
}

function mergeDecision(x: Decision, y: Decision): Decision {
  const decided = later(x, y, (d) => d.decidedAt, (d) => `${d.status}\u0000${d.note}`);
  const anchored = later(x, y, (d) => d.anchoredAt, (d) => `${d.claimId}\u0000${d.text}`);
  return {
    key: x.key,
    status: decided.status,
    note: decided.note,
    decidedAt: decided.decidedAt,
    claimId: anchored.claimId,
    text: anchored.text,
    anchoredAt: anchored.anchoredAt,
  };
}

/** The later of the two by time; on a tie, the same one whichever order they come in. */
function later(x: Decision, y: Decision, time: (d: Decision) => string, tieBreak: (d: Decision) => string): Decision {
  if (time(x) !== time(y)) return time(x) > time(y) ? x : y;
  return tieBreak(x) >= tieBreak(y) ? x : y;
}

export function sameFile(a: DecisionFile, b: DecisionFile): boolean {
  return serializeFile(a) === serializeFile(b);
}
