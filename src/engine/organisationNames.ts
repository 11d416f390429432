// One name for an organisation a quotation is given to. Copy names a body in full once and by its initials after
// ("Farmers For Action … The FFA said"), or drops a legal suffix ("IAC Group … IAC added"): a speaker named the short
// way is given the full name the article uses, so that List Quotes and the hover show one body, not two.
import type { Quote } from './types';

/** Words a company's name may end in that the short form leaves off. */
const LEGAL_TAIL = /^(?:group|inc|corp|corporation|company|co|ltd|limited|plc|llc|holdings|international)\.?$/i;

/** The full names of the organisations named in the article, in text order (`orgs`), by the short forms they cover. */
export function organisationNames(orgs: readonly string[]): Map<string, string> {
  const byShort = new Map<string, string | null>();
  const offer = (short: string, full: string) => {
    if (short === full) return;
    const had = byShort.get(short);
    // Two bodies with the same initials: no safe guess.
    byShort.set(short, had === undefined || had === full ? full : null);
  };
  for (const full of new Set(orgs)) {
    const words = full.split(/\s+/);
    if (words.length < 2) continue;
    // Initials of every capitalised word ("FFA"), and of the words that are not "of", "the", "and" ("DoH" aside).
    const parts = words.flatMap((w) => w.split(/[-‐‑]/)).filter((p) => /^\p{Lu}/u.test(p));
    offer(parts.map((p) => p[0]).join(''), full);
    offer(parts.filter((p) => !/^(?:Of|The|And|For)$/.test(p)).map((p) => p[0]).join(''), full);
    let end = words.length;
    while (end > 1 && LEGAL_TAIL.test(words[end - 1])) end--;
    if (end < words.length) offer(words.slice(0, end).join(' '), full);
  }
  const out = new Map<string, string>();
  for (const [short, full] of byShort) if (full && short.length >= 2) out.set(short, full);
  return out;
}

/** Gives each organisation speaker named the short way its full name (new speaker objects: quotations kept from an
 *  earlier analysis share theirs). */
export function nameOrganisations(quotes: Quote[], orgs: readonly string[]): void {
  if (!orgs.length) return;
  const names = organisationNames(orgs);
  if (!names.size) return;
  for (const q of quotes) {
    const s = q.speaker;
    if (!s || s.type !== 'organisation' || s.personId) continue;
    const full = names.get(s.name.replace(/^the\s+/i, '').replace(/['’]s?$/, ''));
    if (full) q.speaker = { ...s, name: full };
  }
}
