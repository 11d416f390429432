// Semantic tokens of an article, from the engine's analysis: plain data, no editor types.
import type { Analysis, Quote } from '../../engine';

/** The legend, in the order package.json's semanticTokenTypes/semanticTokenModifiers declare them. */
export const TOKEN_TYPES = ['quote', 'speaker', 'cue', 'person'] as const;
export const TOKEN_MODIFIERS = ['speech', 'partial', 'scare', 'title', 'unattributed', 'organisation', 'group'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface Token {
  start: number;
  end: number;
  type: TokenType;
  modifiers: TokenModifier[];
}

/** Speech with no speaker: what a copy editor must send back to the reporter. */
export function isUnattributed(quote: Quote): boolean {
  return quote.kind === 'speech' && quote.speaker === null;
}

// Where two tokens overlap, the earlier type in this list keeps the characters: a name inside a quotation
// stays part of the quotation, so a quotation reads as one colour.
const PRIORITY: Record<TokenType, number> = { quote: 0, speaker: 1, cue: 2, person: 3 };

/** Non-overlapping tokens sorted by offset. Offsets are those of the analysed text. */
export function tokensOf(analysis: Analysis): Token[] {
  const wanted: Token[] = [];
  for (const q of analysis.quotes) {
    const modifiers: TokenModifier[] = [q.kind];
    if (isUnattributed(q)) modifiers.push('unattributed');
    wanted.push({ start: q.start, end: q.end, type: 'quote', modifiers });
    if (q.speaker) {
      const mods: TokenModifier[] = q.speaker.type === 'person' ? [] : [q.speaker.type];
      wanted.push({ start: q.speaker.start, end: q.speaker.end, type: 'speaker', modifiers: mods });
    }
    if (q.cue) wanted.push({ start: q.cue.start, end: q.cue.end, type: 'cue', modifiers: [] });
  }
  for (const p of analysis.people) {
    for (const m of p.mentions) wanted.push({ start: m.start, end: m.end, type: 'person', modifiers: [] });
  }
  return resolveOverlaps(wanted);
}

/** Cuts lower-priority tokens around higher-priority ones; drops empty and duplicate pieces. */
export function resolveOverlaps(tokens: Token[]): Token[] {
  const byPriority = tokens
    .filter((t) => t.end > t.start)
    .sort((a, b) => PRIORITY[a.type] - PRIORITY[b.type] || a.start - b.start);
  const placed: Token[] = []; // kept sorted by start, non-overlapping
  for (const t of byPriority) {
    let pieces: Token[] = [t];
    for (const p of placed) {
      if (p.start >= t.end) break;
      if (p.end <= t.start) continue;
      pieces = pieces.flatMap((x) => cut(x, p.start, p.end));
    }
    for (const piece of pieces) insertSorted(placed, piece);
  }
  return placed;
}

function cut(t: Token, start: number, end: number): Token[] {
  if (end <= t.start || start >= t.end) return [t];
  const out: Token[] = [];
  if (start > t.start) out.push({ ...t, end: start });
  if (end < t.end) out.push({ ...t, start: end });
  return out;
}

function insertSorted(list: Token[], t: Token): void {
  let i = list.length;
  while (i > 0 && list[i - 1].start > t.start) i--;
  list.splice(i, 0, t);
}

/** Bit set of modifiers in legend order. */
export function modifierBits(modifiers: readonly TokenModifier[]): number {
  let bits = 0;
  for (const m of modifiers) bits |= 1 << TOKEN_MODIFIERS.indexOf(m);
  return bits;
}
