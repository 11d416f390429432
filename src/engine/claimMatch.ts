// What the claim rules share: the hit they return, the word patterns they match and the word classes several read.
import type { SentenceView } from './claimSentence';
import type { SourcePhrase } from './claimSources';
import { matchAll, pattern, type Pattern, type WordRange } from './phrases';
import type { ClaimCategory, TextSpan } from './types';

export interface Hit {
  category: ClaimCategory;
  triggers: TextSpan[];
  source: string | null;
  /** The reason, when this hit leads ("Rests on … alone"). */
  note: string;
}

export const sourceName = (p: SourcePhrase | null) => (p && !p.pronoun && !p.anonymous ? (p.name ?? p.text) : null);

/** Matches of any of `patterns`, optionally only those in the writer's voice (outside quotations). */
export function find(s: SentenceView, patterns: Pattern[], writerOnly: boolean): WordRange[] {
  const out: WordRange[] = [];
  // Words already inside a match: checking each match against all the others was quadratic in a long sentence.
  const taken = new Uint8Array(s.words.length);
  for (const p of patterns) {
    for (const r of matchAll(s.words, p, s.stops)) {
      if (writerOnly && r.hits.some((h) => s.quoted[h])) continue;
      if (taken.subarray(r.start, r.end).includes(1)) continue;
      taken.fill(1, r.start, r.end);
      out.push(r);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export const all = (...sources: string[]) => sources.map(pattern);

export const NEGATORS = new Set("not never neither nor no nobody none cannot isn't wasn't aren't weren't isn’t wasn’t aren’t weren’t".split(' '));
export const BE = new Set('is are was were be been being get got gets'.split(' '));
