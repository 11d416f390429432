// Claims grouped by category for the Claims view, each with the decision that holds for it.
import type { Claim, ClaimCategory } from '../../engine';
import type { Decision } from '../../decisions';

export const CATEGORY_LABEL: Record<ClaimCategory, string> = {
  'single-source': 'Single source',
  unconfirmed: 'Unconfirmed',
  allegation: 'Allegations',
  denial: 'Denials',
  anonymous: 'Anonymous sources',
  hedged: 'Hedged',
  'unsourced-figure': 'Figures without a source',
};

export const CATEGORY_ORDER = Object.keys(CATEGORY_LABEL) as ClaimCategory[];

export interface ClaimEntry {
  claim: Claim;
  /** Index in the analysis's claims. */
  index: number;
  decision: Decision | undefined;
}

export interface ClaimGroup {
  category: ClaimCategory;
  label: string;
  entries: ClaimEntry[];
  open: number;
}

export const isOpen = (e: { decision: Decision | undefined }) => !e.decision || e.decision.status === 'open';

/** Categories in a fixed order; within one, claims still to check first, then in text order. */
export function claimGroups(claims: readonly Claim[], decisions: readonly (Decision | undefined)[]): ClaimGroup[] {
  const groups = new Map<ClaimCategory, ClaimGroup>();
  claims.forEach((claim, index) => {
    let g = groups.get(claim.category);
    if (!g) groups.set(claim.category, (g = { category: claim.category, label: CATEGORY_LABEL[claim.category] ?? claim.category, entries: [], open: 0 }));
    const entry = { claim, index, decision: decisions[index] };
    g.entries.push(entry);
    if (isOpen(entry)) g.open++;
  });
  const rank = (c: ClaimCategory) => (CATEGORY_ORDER.includes(c) ? CATEGORY_ORDER.indexOf(c) : CATEGORY_ORDER.length);
  const sorted = [...groups.values()].sort((a, b) => rank(a.category) - rank(b.category));
  for (const g of sorted) g.entries.sort((a, b) => Number(isOpen(b)) - Number(isOpen(a)) || a.claim.start - b.claim.start);
  return sorted;
}
