// Reading a people directory file (YAML, or JSON, which the same parser reads with positions). Every problem
// becomes a diagnostic at the line it is on; an entry with a problem is left out, or used without the field
// that has it, and the rest of the file still works.
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { EntryList } from './merge';
import { distance, nameKey } from './names';
import type { DiagnosticCode, DirectoryDiagnostic, DirectoryEntry, DirectoryRole, ParsedDirectory, PartialDate } from './types';

/** The fields of an entry, in the order "Add to People Directory" writes them. The JSON Schema lists the same. */
export const ENTRY_FIELDS = ['name', 'aliases', 'spellings', 'roles', 'description', 'notes', 'links', 'lastChecked'] as const;
export const ROLE_FIELDS = ['title', 'from', 'to'] as const;
const TOP_FIELDS = ['people', '$schema'];

export type DirectoryFormat = 'yaml' | 'json';

export interface ParseOptions {
  /** How diagnostics and sources name the file (a path or URI). */
  file?: string;
  /** `json` also reports what makes the text invalid JSON (the YAML parser alone would accept it). Default:
   *  from the file name's extension. */
  format?: DirectoryFormat;
}

export const formatOf = (file: string): DirectoryFormat => (/\.json$/i.test(file) ? 'json' : 'yaml');

/** 1-based line and column of each offset, from the offsets of the line starts. */
export function positions(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** "2024", "2024-05", "2024-05-13" (a number in YAML for a year alone), or null. */
export function partialDate(v: unknown): PartialDate | null {
  const s = typeof v === 'number' && Number.isInteger(v) ? String(v) : v;
  return typeof s === 'string' && DATE.test(s.trim()) ? s.trim() : null;
}

export function parseDirectory(text: string, options: ParseOptions = {}): ParsedDirectory {
  const file = options.file ?? '';
  const format = options.format ?? formatOf(file);
  const at = positions(text);
  const diagnostics: DirectoryDiagnostic[] = [];
  const report = (start: number, end: number, code: DiagnosticCode, message: string) => {
    const { line, column } = at(start);
    diagnostics.push({ file, start, end: Math.max(start, end), line, column, severity: SEVERITY[code], code, message });
  };
  const reportAt: ReportAt = (node, code, message) => {
    const [start, end] = spanOf(node);
    report(start, end, code, message);
  };

  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) report(e.pos[0], e.pos[1], 'syntax', yamlMessage(e.message));
  if (format === 'json') {
    const jsonError = jsonProblem(text);
    if (jsonError && !doc.errors.length) report(jsonError.offset, jsonError.offset + 1, 'not-json', jsonError.message);
  }

  const entries: DirectoryEntry[] = [];
  const done = (usable: boolean): ParsedDirectory => ({
    file,
    usable,
    entries,
    diagnostics: diagnostics.sort((a, b) => a.start - b.start || (a.severity === 'error' ? -1 : 1)),
  });

  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return done(!doc.errors.length);
  let list: Node | null = null;
  if (isMap(root)) {
    for (const pair of root.items) {
      const key = keyOf(pair);
      if (key !== null && !TOP_FIELDS.includes(key)) reportAt(pair.key as Node, 'unknown-field', unknownField(key, TOP_FIELDS, 'top-level key'));
    }
    const people = root.get('people', true) as Node | undefined;
    if (!root.has('people')) {
      report(0, 0, 'not-a-directory', 'no `people:` list: a people directory is `people:` followed by one entry per person');
      return done(false);
    }
    if (people === undefined || people === null || (isScalar(people) && people.value === null)) return done(true);
    if (!isSeq(people)) {
      reportAt(people, 'not-a-directory', '`people` must be a list of entries (each starting with `- name:`)');
      return done(false);
    }
    list = people;
  } else if (isSeq(root)) {
    reportAt(root, 'bad-field', 'put the list under `people:` (read as the list of people)');
    list = root;
  } else {
    reportAt(root, 'not-a-directory', 'not a people directory: expected `people:` followed by one entry per person');
    return done(false);
  }

  const read = new EntryList();
  for (const item of (list as { items: unknown[] }).items) {
    const entry = readEntry(item as Node, file, at, reportAt);
    const earlier = entry && read.add(entry);
    if (earlier) reportAt(item as Node, 'duplicate-entry', `${entry!.name} is already listed at line ${earlier.sources[0].line}; the two entries are read as one`);
  }
  entries.push(...read.entries);
  // Broken syntax with nothing left to read is not a directory; broken syntax around readable entries is.
  return done(!doc.errors.length || entries.length > 0);
}

type ReportAt = (node: Node | Pair | null | undefined, code: DiagnosticCode, message: string) => void;

const SEVERITY: Record<DiagnosticCode, DirectoryDiagnostic['severity']> = {
  syntax: 'error',
  'not-a-directory': 'error',
  'bad-entry': 'error',
  'bad-field': 'warning',
  'unknown-field': 'warning',
  'duplicate-entry': 'warning',
  'not-json': 'warning',
};

function readEntry(item: Node, file: string, at: (o: number) => { line: number }, reportAt: ReportAt): DirectoryEntry | null {
  if (!isMap(item)) {
    reportAt(item, 'bad-entry', 'an entry must be a mapping starting with `name:` (this one is left out)');
    return null;
  }
  const map = item as YAMLMap<unknown, unknown>;
  const nameNode = map.get('name', true) as Node | undefined;
  const name = isScalar(nameNode) && typeof nameNode.value === 'string' ? oneLine(nameNode.value) : '';
  if (!name || !nameKey(name)) {
    const typo = map.items.map(keyOf).find((k) => k !== null && k !== 'name' && distance(k.toLowerCase(), 'name') <= 2);
    const why = nameNode ? '`name:` must be the name in house style' : typo ? `an entry needs a \`name:\` (\`${typo}\` is not a field)` : 'an entry needs a `name:`, the name in house style';
    reportAt(nameNode && spanOf(nameNode)[1] > spanOf(nameNode)[0] ? nameNode : item, 'bad-entry', `${why} (this entry is left out)`);
    return null;
  }
  const entry: DirectoryEntry = {
    id: nameKey(name),
    name,
    aliases: [],
    spellings: [],
    roles: [],
    description: null,
    notes: null,
    links: [],
    lastChecked: null,
    sources: [{ file, start: spanOf(item)[0], end: spanOf(item)[1], line: at(spanOf(item)[0]).line }],
  };
  for (const pair of map.items) {
    const key = keyOf(pair);
    const value = pair.value as Node | null;
    if (key === null) {
      reportAt(pair.key as Node, 'unknown-field', 'a field name must be plain text (left out)');
      continue;
    }
    switch (key) {
      case 'name':
        break;
      case 'aliases':
      case 'spellings':
        entry[key] = strings(value, key, reportAt, pair).filter((s) => s !== name);
        break;
      case 'links':
        // A link that is not a web address is kept (it may be an intranet name) but pointed out.
        entry.links = strings(value, key, reportAt, pair, (s) => (/^https?:\/\/\S+$/i.test(s) ? null : `"${s}" is not a web address (http:// or https://)`));
        break;
      case 'roles':
        entry.roles = roles(value, reportAt, pair);
        break;
      case 'description':
      case 'notes': {
        const s = text(value, key, reportAt, pair);
        if (s !== null && key === 'description' && /\n/.test(s.trim())) reportAt(value, 'bad-field', '`description` is one line (read as one)');
        entry[key] = s === null ? null : key === 'description' ? oneLine(s) : s.trim();
        break;
      }
      case 'lastChecked':
        entry.lastChecked = date(value, key, reportAt, pair);
        break;
      default:
        reportAt(pair.key as Node, 'unknown-field', unknownField(key, ENTRY_FIELDS, 'field'));
    }
  }
  return entry;
}

/** A list of text; `check` says what is wrong with an item that is kept anyway. */
function strings(node: Node | null, key: string, reportAt: ReportAt, pair: Pair, check?: (s: string) => string | null): string[] {
  if (node === null || (isScalar(node) && node.value === null)) return [];
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.value.trim()) {
      reportAt(node, 'bad-field', `\`${key}\` is a list (read as a list of one)`);
      const problem = check?.(oneLine(node.value));
      if (problem) reportAt(node, 'bad-field', problem);
      return [oneLine(node.value)];
    }
    reportAt(node, 'bad-field', `\`${key}\` must be a list of text (left out)`);
    return [];
  }
  if (!isSeq(node)) {
    reportAt(node ?? pair, 'bad-field', `\`${key}\` must be a list of text (left out)`);
    return [];
  }
  const out: string[] = [];
  for (const item of node.items as Node[]) {
    if (isScalar(item) && typeof item.value === 'string' && item.value.trim()) {
      const s = oneLine(item.value);
      const problem = check?.(s);
      if (problem) reportAt(item, 'bad-field', problem);
      if (!out.includes(s)) out.push(s);
    } else reportAt(item, 'bad-field', `each item of \`${key}\` must be text (this one is left out)`);
  }
  return out;
}

function text(node: Node | null, key: string, reportAt: ReportAt, pair: Pair): string | null {
  if (node === null || (isScalar(node) && node.value === null)) return null;
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value);
  reportAt(node ?? pair, 'bad-field', `\`${key}\` must be text (left out)`);
  return null;
}

function date(node: Node | null, key: string, reportAt: ReportAt, pair: Pair): PartialDate | null {
  if (node === null || (isScalar(node) && node.value === null)) return null;
  const d = isScalar(node) ? partialDate(node.value) : null;
  if (d === null) reportAt(node ?? pair, 'bad-field', `\`${key}\` must be a date written 2024, 2024-05 or 2024-05-13 (left out)`);
  return d;
}

function roles(node: Node | null, reportAt: ReportAt, pair: Pair): DirectoryRole[] {
  if (node === null || (isScalar(node) && node.value === null)) return [];
  const items: Node[] = isSeq(node) ? (node.items as Node[]) : [node];
  if (!isSeq(node)) {
    if (!(isScalar(node) && typeof node.value === 'string') && !isMap(node)) {
      reportAt(node ?? pair, 'bad-field', '`roles` must be a list of roles, each a title or `title:` with `from:` and `to:` dates (left out)');
      return [];
    }
    reportAt(node, 'bad-field', '`roles` is a list (read as a list of one)');
  }
  const out: DirectoryRole[] = [];
  for (const item of items) {
    if (isScalar(item) && typeof item.value === 'string' && item.value.trim()) {
      out.push({ title: oneLine(item.value), from: null, to: null });
      continue;
    }
    if (!isMap(item)) {
      reportAt(item, 'bad-field', 'a role is a title, or `title:` with optional `from:` and `to:` dates (this one is left out)');
      continue;
    }
    const map = item as YAMLMap<unknown, unknown>;
    const titleNode = map.get('title', true) as Node | undefined;
    const title = isScalar(titleNode) && typeof titleNode.value === 'string' ? oneLine(titleNode.value) : '';
    if (!title) {
      reportAt(item, 'bad-field', 'a role needs a `title:` (this one is left out)');
      continue;
    }
    const role: DirectoryRole = { title, from: null, to: null };
    for (const p of map.items) {
      const key = keyOf(p);
      if (key === 'from' || key === 'to') role[key] = date(p.value as Node | null, key, reportAt, p);
      else if (key !== 'title') reportAt(p.key as Node, 'unknown-field', unknownField(String(key), ROLE_FIELDS, 'role field'));
    }
    if (role.from && role.to && role.from.localeCompare(role.to) > 0 && !role.to.startsWith(role.from) && !role.from.startsWith(role.to)) {
      reportAt(item, 'bad-field', `the role "${title}" ends (${role.to}) before it begins (${role.from})`);
    }
    out.push(role);
  }
  return out;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function keyOf(pair: Pair): string | null {
  const k = pair.key as unknown;
  if (isScalar(k) && (typeof k.value === 'string' || typeof k.value === 'number')) return String(k.value);
  return null;
}

/** A node's span: from its start to the end of its value (not the comments after it). */
function spanOf(node: Node | Pair | null | undefined): [number, number] {
  if (!node) return [0, 0];
  if ('range' in node && node.range) return [node.range[0], node.range[1]];
  const pair = node as Pair;
  const k = spanOf(pair.key as Node);
  const v = spanOf(pair.value as Node);
  return [k[0], Math.max(k[1], v[1])];
}

function unknownField(key: string, known: readonly string[], what: string): string {
  const near = known.filter((k) => k !== '$schema' && distance(k.toLowerCase(), key.toLowerCase()) <= 2);
  return `unknown ${what} \`${key}\` (left out)${near.length ? `; did you mean \`${near[0]}\`?` : `; known: ${known.filter((k) => k !== '$schema').join(', ')}`}`;
}

/** The YAML parser's message without its "at line …" tail and the excerpt (the diagnostic carries both). */
function yamlMessage(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** Where and why the text is not JSON, or null. */
function jsonProblem(text: string): { offset: number; message: string } | null {
  if (!text.trim()) return null;
  try {
    JSON.parse(text);
    return null;
  } catch (e) {
    const message = (e as Error).message;
    const m = /position (\d+)/.exec(message);
    return { offset: m ? Math.min(Number(m[1]), text.length) : 0, message: `not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)/, '')}` };
  }
}
