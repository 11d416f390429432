// The newsroom's people directory and what it says about an article: plain JSON data, no editor or Node types.
// Offsets are JavaScript string indices (`end` exclusive): into the directory file's text for entries and
// diagnostics, into the article's text for matches, problems and edits.
import type { Span, TextSpan } from '../engine/types';

/** A date as the directory writes it: "2024", "2024-05" or "2024-05-13". */
export type PartialDate = string;

export interface DirectoryRole {
  /** As the newsroom writes it: "defence minister", "Prime Minister". */
  title: string;
  from: PartialDate | null;
  /** When the role ended; null while it is held. */
  to: PartialDate | null;
}

/** Where an entry (or part of a merged one) is written. */
export interface EntrySource extends Span {
  /** The label the caller gave the file (its path or URI). */
  file: string;
  /** 1-based line of `start`. */
  line: number;
}

export interface DirectoryEntry {
  /** The house name folded (case, accents, hyphens and dots ignored): "kim jong un". Unique in a directory. */
  id: string;
  /** The house style: how the newsroom writes the name. */
  name: string;
  /** Other names the person goes by, accepted as written ("Lula"): matched, never corrected. */
  aliases: string[];
  /** Other spellings of the name that are not house style ("Zelenskyy"): matched, and corrected to `name`. */
  spellings: string[];
  roles: DirectoryRole[];
  /** One line. */
  description: string | null;
  notes: string | null;
  links: string[];
  /** When someone last checked the entry: a PartialDate. */
  lastChecked: PartialDate | null;
  /** Where it is written; more than one when entries were merged (earliest file first). */
  sources: EntrySource[];
}

export type DiagnosticSeverity = 'error' | 'warning';

/** syntax: the YAML (or JSON) is broken there; not-a-directory: the file as a whole is not a people list;
 *  bad-entry: an entry left out; bad-field: a field left out or read in a particular way; unknown-field;
 *  duplicate-entry: a person listed twice in one file (read as one entry); not-json: a .json file that only the
 *  YAML reader accepts. The first three are errors, the rest warnings. */
export type DiagnosticCode = 'syntax' | 'not-a-directory' | 'bad-entry' | 'bad-field' | 'unknown-field' | 'duplicate-entry' | 'not-json';

/** A problem in a directory file. `error`: the entry (or the file) could not be used; `warning`: a field was
 *  left out or read in a particular way, the rest of the entry is used. */
export interface DirectoryDiagnostic extends Span {
  file: string;
  /** 1-based line and column of `start`, for messages. */
  line: number;
  column: number;
  severity: DiagnosticSeverity;
  code: DiagnosticCode;
  message: string;
}

export interface ParsedDirectory {
  file: string;
  /** Whether anything could be read: false when the file is not a directory at all (broken syntax with no
   *  entries left, a number, …). An empty file, or `people: []`, is usable. */
  usable: boolean;
  entries: DirectoryEntry[];
  diagnostics: DirectoryDiagnostic[];
}

/** One or more directory files merged (see `mergeDirectories`). */
export interface PeopleDirectory {
  entries: DirectoryEntry[];
  /** Every file's diagnostics, and what merging noticed. */
  diagnostics: DirectoryDiagnostic[];
  files: { file: string; usable: boolean; entries: number }[];
}

/** How an article person was found in the directory. */
export type MatchedBy = 'name' | 'alias' | 'spelling' | 'surname';

export interface MentionMatch extends TextSpan {
  /** Inside a quotation: the source's words, never corrected. */
  quoted: boolean;
  /** The house spelling of this mention ("Mr Kim" stays "Mr Kim"; "Kim Jong Un" → "Kim Jong-un"), null when
   *  the mention is written in house style or its words cannot be lined up with the house name. */
  houseText: string | null;
}

export interface PersonMatch {
  /** `Person.id` in the analysis. */
  personId: string;
  /** `DirectoryEntry.id`, null when the person is not in the directory (or several entries fit). */
  entryId: string | null;
  matchedBy: MatchedBy | null;
  /** Several entries fit (two people of the same name): their ids. Empty otherwise. */
  candidates: string[];
  /** The person's mentions, in order, with what the house style says about each. Empty when not matched. */
  mentions: MentionMatch[];
}

export interface TextEdit extends Span {
  newText: string;
}

/** name-style: a mention spelled differently from the house style; ended-role: the article gives a role the
 *  directory records as ended. Same shape as the engine's Problem, plus what the editor needs for hovers and
 *  quick fixes. */
export interface DirectoryProblem extends Span {
  code: 'name-style' | 'ended-role';
  message: string;
  severity: 'warning' | 'info';
  personId: string;
  entryId: string;
  /** The article's words at the span. */
  actual: string;
  /** The house spelling (name-style), or the role's end date (ended-role: "2024-05"). */
  expected: string;
  /** The quick fix: replace the span with the house spelling. Only name-style problems have one. */
  fix: TextEdit | null;
}

export interface DirectoryReport {
  /** One per person of the analysis, in the same order. */
  people: PersonMatch[];
  /** Name-style and ended-role problems, ordered by position. */
  problems: DirectoryProblem[];
  /** Fix all: every name-style fix, ordered by position, none overlapping. Apply from last to first, or with
   *  `applyEdits`. */
  fixes: TextEdit[];
}
