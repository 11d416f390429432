// Claims a copy editor should verify before publication: one per sentence, under the category that matters
// most, with a reason naming what to check. Datelines, captions and pasted page debris are not copy; a headline is,
// for what it charges or hedges.
import { paragraphIndexAt, type ArticleDoc, type Paragraph } from './document';
import { buildSentence, quote, type SentenceView } from './claimSentence';
import { RANK, RULES, reportedFacts } from './claimRules';
import type { Hit } from './claimMatch';
import { labelOf } from './debris';
import { hashId } from './ids';
import { isCredit, shapeOf, type LineShape } from './lineShape';
import type { Claim, ClaimCategory, Person, Quote, Span, TextSpan } from './types';

const NOT_COPY: ReadonlySet<LineShape> = new Set(['dateline', 'byline', 'caption']);
/** What a headline (or a Markdown heading) can claim: a charge, a denial, a guess or unnamed sourcing is the copy
 *  editor's to check there as anywhere (annotators flag them), while its figures and sources sum up the copy below,
 *  which says where they come from. */
const HEADLINE_CATEGORIES: ReadonlySet<ClaimCategory> = new Set(['allegation', 'denial', 'anonymous', 'hedged', 'unconfirmed']);

/** How a category reads when it is not the lead one ("; also unconfirmed (“…”)"). */
const ASIDE: Record<ClaimCategory, string> = {
  'single-source': 'single source',
  unconfirmed: 'unconfirmed',
  allegation: 'an allegation',
  denial: 'a denial',
  anonymous: 'an unnamed source',
  hedged: 'hedged',
  'unsourced-figure': 'a figure without a source',
};

export function findClaims(doc: ArticleDoc, quotes: Quote[], people: Person[]): Claim[] {
  const claims: Claim[] = [];
  const seen = new Map<string, number>();
  // Each sentence looks only at the quotes and mentions of its own paragraph: linear in long documents, and
  // cacheable per paragraph (its text and what touches it) when the article is re-analysed after an edit.
  const byParagraph = localise(doc, quotes, people);
  for (const para of doc.paragraphs) {
    const local = byParagraph[para.index];
    // Keyed by the paragraph's text and what touches it (most paragraphs: nothing); the last few variants of a
    // text are kept, each placed where it was last seen.
    const variants = para.memo.get('claims', () => [] as Variant[]);
    const sig = signature(para, local);
    let v = variants.find((x) => sameSignature(x.sig, sig));
    if (!v) {
      if (variants.length > 4) variants.length = 0;
      const drafts = paragraphClaims(doc, para, local).map((d) => shiftDraft(d, -para.start));
      variants.push((v = { sig, drafts, at: 0, placed: drafts }));
    }
    if (v.at !== para.start) {
      v.at = para.start;
      v.placed = v.drafts.map((d) => shiftDraft(d, para.start));
    }
    for (const d of v.placed) {
      // Fresh objects: the analysis is the caller's to keep or change.
      claims.push({ start: d.start, end: d.end, text: d.text, category: d.category, reason: d.reason, source: d.source, triggers: d.triggers.map((t) => ({ ...t })), id: claimId(d.key, seen) });
    }
  }
  return claims;
}

/** A claim before its id, with the words its id is made from; offsets as given. */
interface Draft extends Omit<Claim, 'id'> {
  key: string;
}

function paragraphClaims(doc: ArticleDoc, para: Paragraph, local: { quotes: Quote[]; people: Person[] }): Draft[] {
  const body = para.body;
  const shape = para.memo.get('shape', () => shapeOf(body));
  if (NOT_COPY.has(shape) || para.memo.get('label', () => labelOf(body))) return [];
  const drafts: Draft[] = [];
  const near = bySentence(para, local);
  for (const [k, whole] of para.sentences.entries()) {
    if (isCredit(doc.text.slice(whole.start, whole.end))) continue;
    const credited = pastCredit(doc.text, whole);
    if (!credited) continue;
    // A Markdown heading's claim starts at its words, not its "#" (a new span: the paragraph's own is shared).
    const marker = shape === 'heading' ? /^#{1,6}[ \t]+/.exec(doc.text.slice(credited.start, credited.end)) : null;
    const span = marker ? { start: credited.start + marker[0].length, end: credited.end } : credited;
    const s = buildSentence(doc.text, para, span, near[k].quotes, near[k].people);
    if (!s.words.length) continue;
    let hits = RULES.flatMap((rule) => rule(s));
    if (!hits.length) hits.push(...reportedFacts(s));
    if (shape === 'headline' || shape === 'heading') hits = hits.filter((h) => HEADLINE_CATEGORIES.has(h.category));
    if (hits.length) drafts.push(toDraft(s, hits));
  }
  return drafts;
}

/** A photo credit inside a sentence: "The mayor at the fair. ― Picture by Jane Doe". */
const CREDIT_INSIDE = /[―—–-]\s*(?:file\s+)?(?:picture|photo|photograph|image)s?\s+(?:by|courtesy\s+of)\s+/i;
/** Where the copy resumes after the credit's name: a dateline in capitals, a word run on to the name ("DoeRIVERTON"), or
 *  the next sentence. */
const RESUMES = /[a-z](?=[A-Z]{2})|\s(?=[A-Z]{2,}\b)|[.!?]\s+/;

/** A sentence that holds a photo credit is a caption up to it (scraped pages run the caption into the copy): the copy
 *  is what follows the credit's name, or nothing. Other sentences are returned as they are. */
function pastCredit(text: string, span: Span): Span | null {
  const slice = text.slice(span.start, span.end);
  const m = CREDIT_INSIDE.exec(slice);
  if (!m) return span;
  const from = m.index + m[0].length;
  const r = RESUMES.exec(slice.slice(from));
  return r ? { start: span.start + from + r.index + r[0].length, end: span.end } : null;
}

/** The quotes and mentions touching each sentence of the paragraph, in their order, gathered in one pass: a
 *  paragraph's whole lists searched again for every sentence were quadratic in a long paragraph (a transcript,
 *  a hard-wrapped file with no blank lines). */
function bySentence(para: Paragraph, local: { quotes: Quote[]; people: Person[] }): { quotes: Quote[]; people: Person[] }[] {
  const out = para.sentences.map(() => ({ quotes: [] as Quote[], people: new Map<Person, Person>() }));
  const first = (s: Span) => {
    // The first sentence ending after the span starts (sentences are in order and do not overlap).
    let lo = 0;
    let hi = para.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (para.sentences[mid].end <= s.start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const touching = (s: Span, each: (k: number) => void) => {
    for (let k = first(s); k < para.sentences.length && para.sentences[k].start < s.end; k++) each(k);
  };
  for (const q of local.quotes) touching(q, (k) => out[k].quotes.push(q));
  for (const p of local.people) {
    for (const m of p.mentions) {
      touching(m, (k) => {
        const mine = out[k].people;
        if (!mine.has(p)) mine.set(p, { ...p, mentions: [] });
        mine.get(p)!.mentions.push(m);
      });
    }
  }
  return out.map((o) => ({ quotes: o.quotes, people: [...o.people.values()] }));
}

function shiftDraft(d: Draft, by: number): Draft {
  return { ...d, start: d.start + by, end: d.end + by, triggers: d.triggers.map((t) => ({ ...t, start: t.start + by, end: t.end + by })) };
}

/** What the claims of a paragraph depend on besides its text: the quotes and mentions in it, placed relatively, as a
 *  list of plain values (compared value by value: joining them into a string key cost more than the rest). */
type Signature = (string | number | null)[];

/** The claims of one paragraph text for one signature, relative, and as last placed. */
interface Variant {
  sig: Signature;
  drafts: Draft[];
  at: number;
  placed: Draft[];
}

function signature(para: Paragraph, local: { quotes: Quote[]; people: Person[] }): Signature {
  const at = (n: number) => n - para.start;
  const out: Signature = [local.quotes.length, local.people.length];
  for (const x of local.quotes) {
    const sp = x.speaker;
    // The speaker's mention and whether a person stands behind it: an unnamed speaker makes the quotation a claim.
    out.push(at(x.start), at(x.end), x.kind, sp ? sp.name : null, sp ? sp.type : null, sp ? at(sp.start) : null, sp ? at(sp.end) : null, sp ? sp.personId : null);
  }
  for (const x of local.people) {
    out.push(x.name, x.mentions.length);
    for (const m of x.mentions) out.push(at(m.start), at(m.end));
  }
  return out;
}

function sameSignature(a: Signature, b: Signature): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The quotes and person mentions touching each paragraph. */
function localise(doc: ArticleDoc, quotes: Quote[], people: Person[]): { quotes: Quote[]; people: Person[] }[] {
  // Made only for the paragraphs something touches; the others share one empty value (most paragraphs).
  const out: { quotes: Quote[]; people: Map<Person, Person> }[] = [];
  const at = (i: number) => (out[i] ??= { quotes: [], people: new Map() });
  const paraOf = (offset: number) => paragraphIndexAt(doc, offset);
  if (!doc.paragraphs.length) return [];
  for (const q of quotes) for (let i = paraOf(q.start); i < doc.paragraphs.length && doc.paragraphs[i].start < q.end; i++) at(i).quotes.push(q);
  for (const p of people) {
    for (const m of p.mentions) {
      const local = at(paraOf(m.start)).people;
      if (!local.has(p)) local.set(p, { ...p, mentions: [] });
      local.get(p)!.mentions.push(m);
    }
  }
  return doc.paragraphs.map((_, i) => (out[i] ? { quotes: out[i].quotes, people: [...out[i].people.values()] } : UNTOUCHED));
}

const UNTOUCHED: { quotes: Quote[]; people: Person[] } = { quotes: [], people: [] };

function toDraft(s: SentenceView, hits: Hit[]): Draft {
  const ranked = [...hits].sort((a, b) => RANK.indexOf(a.category) - RANK.indexOf(b.category));
  const lead = ranked[0];
  const asides = RANK.filter((c) => c !== lead.category)
    .map((c) => ranked.find((h) => h.category === c))
    .filter((h): h is Hit => !!h)
    .map((h) => `${ASIDE[h.category]} (${quote(h.triggers)})`);
  return {
    start: s.start,
    end: s.end,
    text: s.text.slice(s.start, s.end),
    key: s.words.map((w) => w.norm).join(' '),
    category: lead.category,
    reason: `${lead.note}${asides.length ? `; also ${asides.join('; ')}` : ''}.`,
    source: lead.source ?? ranked.find((h) => h.source)?.source ?? null,
    triggers: distinct(ranked.flatMap((h) => h.triggers)),
  };
}

/** From the sentence's words alone, so edits elsewhere and moving the sentence keep it; a repeat gets a count. */
function claimId(key: string, seen: Map<string, number>): string {
  const n = (seen.get(key) ?? 0) + 1;
  seen.set(key, n);
  return hashId('claim', n > 1 ? `${key}#${n}` : key);
}

function distinct(spans: TextSpan[]): TextSpan[] {
  const out: TextSpan[] = [];
  // In this order every span kept so far starts no later than the next, so it is inside one of them exactly when
  // it ends no later than the furthest they reach (comparing with each was quadratic in a sentence of many).
  let reach = -Infinity;
  for (const t of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (t.end > reach) {
      out.push(t);
      reach = t.end;
    }
  }
  return out;
}
