// Ties stored decisions to the claims of the text as it is now. Claim ids come from a sentence's words, so a
// light edit gives the sentence a new id: a decision first looks for its own id, then for the most similar
// sentence still unclaimed, and is kept aside — never applied to another sentence — when nothing is close.
import { similarity, words } from './similarity';
import type { Decision } from './types';

/** What the analysis says about a claim, as far as anchoring needs. */
export interface ClaimRef {
  id: string;
  text: string;
}

export interface Anchoring {
  /** The decision that holds for each claim, by the claim's index; open claims have none. */
  byClaim: (Decision | undefined)[];
  /** Verified or dismissed decisions whose sentence is gone (deleted, or rewritten past recognition). */
  keptAside: Decision[];
  /** Decisions found on a sentence that has changed: store the new anchor so they follow further edits. */
  moved: { decision: Decision; claim: ClaimRef }[];
}

/** How alike (0–1, see `similarity`) an edited sentence must stay to keep its decision. */
export const SAME_SENTENCE = 0.7;

export function anchorDecisions(decisions: readonly Decision[], claims: readonly ClaimRef[], threshold = SAME_SENTENCE): Anchoring {
  const byClaim: (Decision | undefined)[] = claims.map(() => undefined);
  const active = decisions.filter((d) => d.status !== 'open');
  const waiting: Decision[] = [];

  // 1. The sentence is unchanged (or only moved): its id is the same.
  for (const d of active) {
    const i = claims.findIndex((c, j) => byClaim[j] === undefined && c.id === d.claimId);
    if (i >= 0) byClaim[i] = d;
    else waiting.push(d);
  }

  // 2. Edited sentences: the most similar pairs first, each claim and each decision used once.
  const free = claims.map((c, i) => ({ i, words: byClaim[i] === undefined ? words(c.text) : null }));
  const pairs: { d: Decision; i: number; score: number }[] = [];
  for (const d of waiting) {
    const dw = words(d.text);
    for (const f of free) {
      if (!f.words) continue;
      const score = similarity(dw, f.words, threshold);
      if (score >= threshold) pairs.push({ d, i: f.i, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.i - b.i);
  const placed = new Set<Decision>();
  for (const p of pairs) {
    if (placed.has(p.d) || byClaim[p.i] !== undefined) continue;
    byClaim[p.i] = p.d;
    placed.add(p.d);
  }

  const moved: Anchoring['moved'] = [];
  byClaim.forEach((d, i) => {
    if (d && (d.claimId !== claims[i].id || d.text !== claims[i].text)) moved.push({ decision: d, claim: claims[i] });
  });
  const keptAside = waiting.filter((d) => !placed.has(d));
  return { byClaim, keptAside, moved };
}
