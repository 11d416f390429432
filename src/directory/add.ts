// "Add to People Directory" without the editor: a directory file's text and what an article says about a
// person in, the file's new text and a description of the change out. Nothing else in the file changes: the
// new lines are spliced into the original text where the YAML Document says the entry or list ends, written
// in the file's own indentation. Where the file is laid out in a way the splice does not handle (flow-style
// entries, a list written as one line of text), the Document itself is edited and written out: comments are
// kept, but spacing may be normalised.
import { isMap, isScalar, isSeq, parseDocument, stringify, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Person } from '../engine/types';
import { matchPeople } from './match';
import { mergeDirectories } from './merge';
import { findParts, formsOf, nameKey, partsOf, stripHonorific } from './names';
import { formatOf, parseDirectory, type DirectoryFormat } from './parse';
import type { DirectoryEntry, ParsedDirectory } from './types';

/** What the article says about the person: an engine `Person` will do. */
export type PersonFacts = Pick<Person, 'name' | 'aliases' | 'role'>;

export interface AddOptions {
  /** The file's name, for the description and to tell JSON from YAML. */
  file?: string;
  format?: DirectoryFormat;
}

export type AddResult =
  | {
      ok: true;
      /** The file's new text (the same text when there is nothing to add). */
      text: string;
      changed: boolean;
      /** A new entry, rather than an update of one. */
      created: boolean;
      /** The entry's house name. */
      name: string;
      /** One line for a preview: "Add Kim Jong-un to people.yaml: role “North Korean leader”". */
      summary: string;
      /** What is added, one item each: 'role “North Korean leader”', 'spelling “Kim Jong Un”'. */
      changes: string[];
    }
  | { ok: false; error: string };

/** What to write: a new entry, or the lists to extend in an existing one. */
interface Plan {
  entry: DirectoryEntry | null;
  name: string;
  aliases: string[];
  spellings: string[];
  roles: string[];
}

/**
 * Creates or updates the person's entry. An existing entry (found as the checker finds people: by name, alias,
 * spelling, or surname alone) keeps its house name; it gains the article's role unless it lists a role with
 * those words, and the article's other names that it would not recognise. Of the article's names, a spelling
 * of the full name that differs only in case, accents or hyphens is written as a `spelling`; an honorific with
 * a word of the name, or a word of it alone ("Mr Kim", "Kim"), is not written (the checker knows those); any
 * other is written as an alias. A file with broken YAML (or JSON) is not touched.
 */
export function addToDirectory(fileText: string, person: PersonFacts, options: AddOptions = {}): AddResult {
  const file = options.file ?? '';
  const format = options.format ?? formatOf(file);
  const label = file ? file.split(/[\\/]/).pop()! : 'the people directory';
  const parsed = parseDirectory(fileText, { file, format: 'yaml' });
  const broken = parsed.diagnostics.find((d) => d.code === 'syntax' || d.code === 'not-a-directory');
  if (broken || !parsed.usable) {
    const d = broken ?? parsed.diagnostics[0];
    return { ok: false, error: `${label}${d ? ` line ${d.line}: ${d.message}` : ' cannot be read'}; fix the file first, nothing was changed` };
  }
  const plan = planFor(parsed, person);
  if ('error' in plan) return { ok: false, error: plan.error };
  const changes = [
    ...plan.roles.map((r) => `role “${r}”`),
    ...plan.aliases.map((a) => `alias “${a}”`),
    ...plan.spellings.map((s) => `spelling “${s}”`),
  ];
  const created = plan.entry === null;
  const base = { ok: true as const, created, name: plan.name, changes };
  if (!created && !changes.length) {
    return { ...base, text: fileText, changed: false, summary: `${plan.name} is already in ${label} with everything the article says` };
  }
  const summary = created
    ? `Add ${plan.name} to ${label}${changes.length ? `: ${changes.join(', ')}` : ''}`
    : `Update ${plan.name} in ${label}: add ${changes.join(', ')}`;

  const candidates = format === 'json' ? [() => editJson(fileText, plan)] : [() => spliceYaml(fileText, plan), () => rewriteYaml(fileText, plan)];
  for (const attempt of candidates) {
    const text = attempt();
    if (text !== null && verify(text, format, plan)) return { ...base, text, changed: true, summary };
  }
  return { ok: false, error: `${label}: could not add ${plan.name} without disturbing the rest of the file; nothing was changed` };
}

function planFor(parsed: ParsedDirectory, person: PersonFacts): Plan | { error: string } {
  const directory = mergeDirectories([parsed]);
  const [match] = matchPeople({ quotes: [], claims: [], problems: [], people: [{ ...person, id: 'p', age: null, mentions: [], quotes: [] }] }, directory);
  if (match.candidates.length) {
    const names = match.candidates.map((id) => directory.entries.find((e) => e.id === id)!.name);
    return { error: `several entries could be ${person.name} (${names.join(', ')}); edit the file by hand` };
  }
  const entry = directory.entries.find((e) => e.id === match.entryId) ?? null;
  const name = entry?.name ?? stripHonorific(person.name).rest.trim();
  const forms = entry ? formsOf(entry.name, entry.aliases, entry.spellings) : formsOf(name, [], []);
  const nameParts = partsOf(name);
  const plan: Plan = { entry, name, aliases: [], spellings: [], roles: [] };
  for (const n of [person.name, ...person.aliases]) {
    const rest = stripHonorific(n).rest.trim();
    const parts = partsOf(rest);
    if (!parts.length || rest === name) continue;
    const known = forms.some((f) => findParts(f.parts, parts) >= 0) || [...plan.aliases, ...plan.spellings].some((x) => nameKey(x) === nameKey(rest));
    if (!known) plan.aliases.push(rest);
    else if (parts.length === nameParts.length && nameKey(rest) === nameKey(name) && !forms.some((f) => f.text === rest) && !plan.spellings.includes(rest)) {
      plan.spellings.push(rest);
    }
  }
  const role = person.role?.trim();
  if (role) {
    const words = (s: string) => ` ${partsOf(s).map((p) => p.fold).join(' ')} `;
    const has = (entry?.roles ?? []).some((r) => words(role).includes(words(r.title)) || words(r.title).includes(words(role)));
    if (!has) plan.roles.push(role);
  }
  return plan;
}

/** The new file parses without new errors, and holds the entry with everything planned. */
function verify(text: string, format: DirectoryFormat, plan: Plan): boolean {
  if (format === 'json') {
    try {
      JSON.parse(text);
    } catch {
      return false;
    }
  }
  const parsed = parseDirectory(text, { format: 'yaml' });
  if (!parsed.usable || parsed.diagnostics.some((d) => d.code === 'syntax' || d.code === 'not-a-directory')) return false;
  const entry = parsed.entries.find((e) => e.id === nameKey(plan.name));
  if (!entry) return false;
  return (
    plan.aliases.every((a) => entry.aliases.includes(a)) &&
    plan.spellings.every((s) => entry.spellings.includes(s)) &&
    plan.roles.every((r) => entry.roles.some((x) => x.title === r))
  );
}

/** The entry's fields in the order the directory documents them; roles as `title:` maps, so dates fit in. */
function newEntry(plan: Plan): Record<string, unknown> {
  const e: Record<string, unknown> = { name: plan.name };
  if (plan.aliases.length) e.aliases = plan.aliases;
  if (plan.spellings.length) e.spellings = plan.spellings;
  if (plan.roles.length) e.roles = plan.roles.map((title) => ({ title }));
  return e;
}

/** The additions to an existing entry, list by list. */
function additions(plan: Plan): [string, unknown[]][] {
  const out: [string, unknown[]][] = [];
  if (plan.aliases.length) out.push(['aliases', plan.aliases]);
  if (plan.spellings.length) out.push(['spellings', plan.spellings]);
  if (plan.roles.length) out.push(['roles', plan.roles.map((title) => ({ title }))]);
  return out;
}

// --- YAML: splicing new lines into the original text ------------------------------------------------------

interface Layout {
  /** Spaces per nesting level. */
  indent: number;
  /** Whether a list under a key is indented ("roles:\n  - …") or level with it ("roles:\n- …"). */
  indentSeq: boolean;
}

interface Insert {
  at: number;
  text: string;
}

const column = (text: string, offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);

/** The offset of the start of the line after the one `offset` is on (the text's end when it is the last). */
function nextLine(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** The column of the "-" before a block list item that starts at `offset`, or -1 when it is not on that line. */
function dashColumn(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return i >= 0 && text[i] === '-' && (i === 0 || /[ \n]/.test(text[i - 1])) ? column(text, i) : -1;
}

const rangeOf = (n: unknown): [number, number, number] | null => ((n as Node | null)?.range as [number, number, number] | undefined) ?? null;

/** The file's own layout, read from its first list under a key (roles, aliases, …). */
function layoutOf(text: string, doc: Document): Layout {
  let found: Layout | null = null;
  const visitMap = (map: YAMLMap) => {
    for (const pair of map.items as Pair[]) {
      const key = rangeOf(pair.key);
      const value = pair.value as Node | null;
      if (found || !key) continue;
      if (isSeq(value) && !value.flow && value.items.length) {
        const first = rangeOf(value.items[0]);
        const dash = first ? dashColumn(text, first[0]) : -1;
        if (dash >= 0) {
          const keyCol = column(text, key[0]);
          found = dash > keyCol ? { indent: dash - keyCol, indentSeq: true } : { indent: first ? Math.max(2, column(text, first[0]) - dash) : 2, indentSeq: false };
          return;
        }
      }
      if (isMap(value)) visitMap(value);
      if (isSeq(value)) for (const item of value.items) if (isMap(item)) visitMap(item);
    }
  };
  if (isMap(doc.contents)) visitMap(doc.contents);
  return found ?? { indent: 2, indentSeq: true };
}

/** YAML lines for a value, indented by `pad` spaces; the first line starts with `first` instead (a "- "). */
function block(value: unknown, layout: Layout, pad: number, first?: string): string {
  const lines = stringify(value, { indent: layout.indent, indentSeq: layout.indentSeq, lineWidth: 0 }).replace(/\n$/, '').split('\n');
  return lines.map((l, i) => (i === 0 && first !== undefined ? first + l : ' '.repeat(pad) + l)).join('\n') + '\n';
}

/** A list item's lines: "- " at `dash`, its content at `content`. */
const item = (value: unknown, layout: Layout, dash: number, content: number) => block(value, layout, content, ' '.repeat(dash) + '-' + ' '.repeat(Math.max(1, content - dash - 1)));

/** A scalar or small map written for a flow list: "Kim Jong Un", "{ title: leader }". */
const flowItem = (value: unknown) => stringify([value], { collectionStyle: 'flow', lineWidth: 0 }).trim().replace(/^\[\s*|\s*\]$/g, '');

function spliceYaml(text: string, plan: Plan): string | null {
  const doc = parseDocument(text);
  const layout = layoutOf(text, doc);
  const inserts: Insert[] = [];
  const root = doc.contents as Node | null;
  const sep = text.length && !text.endsWith('\n') ? '\n' : '';

  if (plan.entry === null) {
    const entry = newEntry(plan);
    const people = isMap(root) ? (root.get('people', true) as Node | undefined) : isSeq(root) ? root : undefined;
    if (root === null || (isScalar(root) && root.value === null)) {
      inserts.push({ at: text.length, text: sep + 'people:\n' + item(entry, layout, layout.indentSeq ? layout.indent : 0, (layout.indentSeq ? layout.indent : 0) + 2) });
    } else if (isMap(root) && !root.flow && people === undefined) {
      inserts.push({ at: text.length, text: sep + 'people:\n' + item(entry, layout, layout.indentSeq ? layout.indent : 0, (layout.indentSeq ? layout.indent : 0) + 2) });
    } else if (isMap(root) && !root.flow && (people === null || (isScalar(people) && people.value === null))) {
      const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'people')!;
      const keyCol = column(text, rangeOf(pair.key)![0]);
      const dash = keyCol + (layout.indentSeq ? layout.indent : 0);
      inserts.push({ at: nextLine(text, rangeOf(pair.key)![1]), text: (nextLine(text, rangeOf(pair.key)![1]) === text.length ? sep : '') + item(entry, layout, dash, dash + 2) });
    } else if (isSeq(people) && !people.flow && people.items.length) {
      const items = people.items as Node[];
      const first = rangeOf(items[0])!;
      const last = rangeOf(items[items.length - 1])!;
      const dash = dashColumn(text, first[0]);
      if (dash < 0) return null;
      const spaced = items.slice(1).some((n) => n.spaceBefore);
      const at = nextLine(text, last[1]);
      inserts.push({ at, text: (at === text.length ? sep : '') + (spaced ? '\n' : '') + item(entry, layout, dash, column(text, first[0])) });
    } else if (isSeq(people) && people.flow && !people.items.length && isMap(root)) {
      // "people: []": the brackets become the list.
      const r = rangeOf(people)!;
      const pair = root.items.find((p) => p.value === people)!;
      const dash = column(text, rangeOf(pair.key)![0]) + (layout.indentSeq ? layout.indent : 0);
      const lineEnd = nextLine(text, r[1]);
      const rest = text.slice(r[1], lineEnd).replace(/\n$/, '');
      return text.slice(0, r[0]).replace(/[ \t]+$/, '') + (rest.trim() ? rest : '') + '\n' + item(entry, layout, dash, dash + 2) + text.slice(lineEnd);
    } else return null;
  } else {
    const node = entryNode(doc, plan.entry);
    if (!node || node.flow) return null;
    const keyStart = rangeOf(node.items[0]?.key)?.[0];
    if (keyStart === undefined) return null;
    const keyCol = column(text, keyStart);
    const end = nextLine(text, rangeOf(node)![1]);
    for (const [key, values] of additions(plan)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      const value = pair?.value as Node | null | undefined;
      if (!pair) {
        const dash = keyCol + (layout.indentSeq ? layout.indent : 0);
        inserts.push({ at: end, text: (end === text.length ? sep : '') + ' '.repeat(keyCol) + `${key}:\n` + values.map((v) => item(v, layout, dash, dash + 2)).join('') });
      } else if (value === null || (isScalar(value) && value.value === null)) {
        const dash = keyCol + (layout.indentSeq ? layout.indent : 0);
        const at = nextLine(text, rangeOf(pair.key)![1]);
        inserts.push({ at, text: (at === text.length ? sep : '') + values.map((v) => item(v, layout, dash, dash + 2)).join('') });
      } else if (isSeq(value) && value.flow) {
        const r = rangeOf(value)!;
        const close = text.lastIndexOf(']', r[1]);
        if (close < r[0]) return null;
        const added = values.map(flowItem).join(', ');
        inserts.push({ at: close, text: value.items.length ? `, ${added}` : added });
      } else if (isSeq(value) && value.items.length) {
        const items = value.items as Node[];
        const first = rangeOf(items[0])!;
        const dash = dashColumn(text, first[0]);
        if (dash < 0) return null;
        const at = nextLine(text, rangeOf(items[items.length - 1])![1]);
        inserts.push({ at, text: (at === text.length ? sep : '') + values.map((v) => item(v, layout, dash, column(text, first[0]))).join('') });
      } else return null;
    }
  }
  // Several inserts at one place go in the order they were made.
  let out = text;
  const order = inserts.map((x, i) => ({ ...x, i })).sort((a, b) => b.at - a.at || b.i - a.i);
  for (const x of order) out = out.slice(0, x.at) + x.text + out.slice(x.at);
  return out;
}

/** The YAML map of an entry: the list item that starts where the entry's first source does. */
function entryNode(doc: Document, entry: DirectoryEntry): YAMLMap | null {
  const root = doc.contents as Node | null;
  const people = isMap(root) ? root.get('people', true) : root;
  if (!isSeq(people)) return null;
  const start = entry.sources[0]?.start;
  const node = (people as YAMLSeq).items.find((n) => rangeOf(n)?.[0] === start);
  return isMap(node) ? (node as YAMLMap) : null;
}

/** The fallback: the change made in the YAML Document, which keeps comments but writes the file its own way. */
function rewriteYaml(text: string, plan: Plan): string | null {
  const doc = parseDocument(text);
  const layout = layoutOf(text, doc);
  let root = doc.contents as Node | null;
  if (root === null || (isScalar(root) && root.value === null)) {
    doc.contents = doc.createNode({ people: [] }) as never;
    root = doc.contents as Node;
  }
  let people = isMap(root) ? (root.get('people', true) as Node | undefined) : root;
  if (isMap(root) && (people === undefined || people === null || (isScalar(people) && people.value === null))) {
    root.set('people', doc.createNode([]));
    people = root.get('people', true) as Node;
  }
  if (!isSeq(people)) return null;
  if (plan.entry === null) people.items.push(doc.createNode(newEntry(plan)));
  else {
    const node = entryNode(doc, plan.entry);
    if (!node) return null;
    for (const [key, values] of additions(plan)) {
      const list = node.get(key, true) as Node | undefined;
      if (isSeq(list)) for (const v of values) list.items.push(doc.createNode(v));
      else if (list === undefined || list === null || (isScalar(list) && list.value === null)) node.set(key, doc.createNode(values));
      else if (isScalar(list)) node.set(key, doc.createNode([list.value, ...values]));
      else return null;
    }
  }
  return doc.toString({ indent: layout.indent, indentSeq: layout.indentSeq, lineWidth: 0 });
}

// --- JSON ---------------------------------------------------------------------------------------------------

function editJson(text: string, plan: Plan): string | null {
  let data: unknown;
  try {
    data = text.trim() ? JSON.parse(text) : {};
  } catch {
    return null;
  }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  let list: unknown[];
  if (Array.isArray(data)) list = data;
  else if (isObject(data)) {
    data.people ??= [];
    if (!Array.isArray(data.people)) return null;
    list = data.people;
  } else return null;
  if (plan.entry === null) list.push(newEntry(plan));
  else {
    const target = list.find((e) => isObject(e) && typeof e.name === 'string' && nameKey(e.name) === plan.entry!.id);
    if (!isObject(target)) return null;
    for (const [key, values] of additions(plan)) {
      const had = target[key];
      target[key] = Array.isArray(had) ? [...had, ...values] : typeof had === 'string' ? [had, ...values] : values;
    }
  }
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ';
  return JSON.stringify(data, null, indent) + (text.endsWith('\n') || !text.trim() ? '\n' : '');
}
