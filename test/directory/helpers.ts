// Small builders for the directory tests: analyses written by hand, so a matching test does not depend on
// what the engine makes of a sentence (the fixture tests run the real engine).
import type { Analysis, Person, Quote } from '../../src/engine/types';
import { mergeDirectories, parseDirectory, type PeopleDirectory } from '../../src/directory';

/** A directory from YAML text; fails the test if the file has any diagnostic. */
export function directory(yaml: string): PeopleDirectory {
  const parsed = parseDirectory(yaml, { file: 'people.yaml' });
  if (parsed.diagnostics.length) throw new Error(`fixture directory has diagnostics: ${JSON.stringify(parsed.diagnostics)}`);
  return mergeDirectories([parsed]);
}

export interface PersonSpec {
  name: string;
  aliases?: string[];
  role?: string | null;
  /** Each mention's text, found in the text in order (every occurrence of each, left to right). */
  mentions: string[];
}

/** An analysis of `text` with the given people and quotations (quotes: the quoted text, marks included). */
export function analysis(text: string, people: PersonSpec[], quotes: string[] = []): Analysis {
  const spans = (s: string) => {
    const out: { start: number; end: number; text: string }[] = [];
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length)) out.push({ start: i, end: i + s.length, text: s });
    if (!out.length) throw new Error(`"${s}" is not in the text`);
    return out;
  };
  const ps: Person[] = people.map((p, i) => ({
    id: `p${i}`,
    name: p.name,
    aliases: p.aliases ?? [],
    role: p.role ?? null,
    age: null,
    mentions: [...new Set(p.mentions)]
      .flatMap(spans)
      // "Kim" inside "Kim Jong-un" is not a mention of its own.
      .filter((m, _, all) => !all.some((o) => o !== m && o.start <= m.start && m.end <= o.end))
      .sort((a, b) => a.start - b.start),
    quotes: [],
  }));
  const qs: Quote[] = quotes.flatMap(spans).map((q) => ({ ...q, kind: 'speech', speaker: null, cue: null }));
  return { quotes: qs, people: ps, claims: [], problems: [] };
}
