// Several directories read as one: a desk's shared file, then a personal one. Files are given earliest first;
// a later file adds to and overrides an earlier one, entry by entry:
//   - the same person is an entry whose house name, or one of whose spellings or several-word aliases, folds to
//     the same words as the other entry's name, spellings or several-word aliases ("Kim Jong Un" = "Kim Jong-un");
//   - name, description, notes and lastChecked: the later file's, where it gives them; a house name it replaces
//     becomes a spelling, so it is still recognised (and corrected);
//   - aliases, spellings, links: both lists, earlier first; a name the later file lists as an alias is no longer
//     corrected as a spelling, and the reverse;
//   - roles: both lists; a later role with the same title and start (or no start) replaces the earlier one, so a
//     personal file can add the date a role ended.
import { nameKey } from './names';
import type { DirectoryEntry, DirectoryRole, ParsedDirectory, PeopleDirectory } from './types';

/** The names that identify an entry when files are merged. */
function keys(e: DirectoryEntry): string[] {
  return [e.name, ...e.spellings, ...e.aliases.filter((a) => /\s/.test(a.trim()))].map(nameKey).filter(Boolean);
}

/** Entries gathered one at a time, each merged into the earlier entry for the same person, if any; the
 *  names are indexed, so a file of thousands of entries reads in linear time. */
export class EntryList {
  readonly entries: DirectoryEntry[] = [];
  private readonly byKey = new Map<string, number>();

  /** Adds the entry, or merges it into the earlier one for the same person, which it returns (before the merge). */
  add(entry: DirectoryEntry): DirectoryEntry | null {
    const entryKeys = keys(entry);
    const i = entryKeys.map((k) => this.byKey.get(k)).find((x) => x !== undefined);
    if (i === undefined) {
      this.entries.push(entry);
      for (const k of entryKeys) if (!this.byKey.has(k)) this.byKey.set(k, this.entries.length - 1);
      return null;
    }
    const earlier = this.entries[i];
    this.entries[i] = mergeEntries(earlier, entry);
    for (const k of keys(this.entries[i])) if (!this.byKey.has(k)) this.byKey.set(k, i);
    return earlier;
  }
}

const unique = (list: string[]) => list.filter((s, i) => list.indexOf(s) === i);

/** `later` added to and overriding `earlier`. */
export function mergeEntries(earlier: DirectoryEntry, later: DirectoryEntry): DirectoryEntry {
  const name = later.name;
  const id = nameKey(name);
  const laterAliases = new Set(later.aliases.map(nameKey));
  const laterSpellings = new Set(later.spellings.map(nameKey));
  const spellings = unique([...earlier.spellings, ...(nameKey(earlier.name) !== id ? [earlier.name] : []), ...later.spellings]).filter(
    (s) => nameKey(s) !== id && (laterSpellings.has(nameKey(s)) || !laterAliases.has(nameKey(s))),
  );
  const aliases = unique([...earlier.aliases, ...later.aliases]).filter((a) => a !== name && (laterAliases.has(nameKey(a)) || !laterSpellings.has(nameKey(a))));
  const roles: DirectoryRole[] = [...earlier.roles];
  for (const r of later.roles) {
    const i = roles.findIndex((x) => nameKey(x.title) === nameKey(r.title) && (x.from === r.from || x.from === null || r.from === null));
    if (i >= 0) roles[i] = r;
    else roles.push(r);
  }
  return {
    id,
    name,
    aliases,
    spellings,
    roles,
    description: later.description ?? earlier.description,
    notes: later.notes ?? earlier.notes,
    links: unique([...earlier.links, ...later.links]),
    lastChecked: later.lastChecked ?? earlier.lastChecked,
    sources: [...earlier.sources, ...later.sources],
  };
}

/** The files' entries as one directory, earliest file first (see the rules at the top of this file). */
export function mergeDirectories(files: ParsedDirectory[]): PeopleDirectory {
  const list = new EntryList();
  for (const f of files) for (const entry of f.entries) list.add(entry);
  return {
    entries: list.entries,
    diagnostics: files.flatMap((f) => f.diagnostics),
    files: files.map((f) => ({ file: f.file, usable: f.usable, entries: f.entries.length })),
  };
}
