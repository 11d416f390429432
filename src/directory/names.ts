// Names compared the way a copy editor compares them: "Kim Jong-un", "Kim Jong Un", "KIM JONG-UN" and
// "kim jong‑un" are one spelling apart, "Gérald" and "Gerald" too; "Mr Kim" is an honorific and a name word.

/** Letters that Unicode does not decompose into a base letter and an accent. */
const LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h' };

/** One word part for comparison: lower case, no accents, no dots or apostrophes ("O’Neill" = "oneill"). */
export function foldPart(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łøđðþßæœıħ]/g, (c) => LETTERS[c])
    .replace(/[.'’‘`´]/g, '');
}

/** A word part of a name and where it is in the name's text. */
export interface Part {
  fold: string;
  start: number;
  end: number;
  /** Whether the part begins / ends a word (hyphens join parts into a word). */
  wordStart: boolean;
  wordEnd: boolean;
}

const HYPHENS = /[-‐‑‒–]/;

/** The parts of a name: words split at spaces, and at hyphens inside words. Parts that fold to nothing
 *  (a lone dot) are left out. */
export function partsOf(text: string): Part[] {
  const parts: Part[] = [];
  for (const w of text.matchAll(/\S+/g)) {
    const word = w[0];
    const inWord: Part[] = [];
    let at = 0;
    for (const piece of word.split(HYPHENS)) {
      const fold = foldPart(piece);
      if (fold) inWord.push({ fold, start: w.index + at, end: w.index + at + piece.length, wordStart: false, wordEnd: false });
      at += piece.length + 1;
    }
    if (!inWord.length) continue;
    inWord[0].wordStart = true;
    inWord[inWord.length - 1].wordEnd = true;
    parts.push(...inWord);
  }
  return parts;
}

/** The folded name: "kim jong un" for "Kim Jong-un" and "Kim Jong Un". */
export function nameKey(text: string): string {
  return partsOf(stripHonorific(text).rest)
    .map((p) => p.fold)
    .join(' ');
}

/** The honorifics Copydesk's engine knows, as words before a name ("Mr", "Dr.", "Sen."). */
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lord|lady|rev|revd|fr|sr|mme|mlle|herr|frau|sen|rep|gov|gen|lt|col|capt|sgt|maj|adm|cmdr|hon|pres|supt|insp|det)$/i;

/** "Mr Kim" → { honorific: "Mr ", rest: "Kim" }; a name with no honorific has "" before it. */
export function stripHonorific(text: string): { honorific: string; rest: string } {
  const m = /^(\S+?)\.?\s+(?=\S)/u.exec(text);
  if (m && HONORIFIC.test(m[1])) return { honorific: m[0], rest: text.slice(m[0].length) };
  return { honorific: '', rest: text };
}

/** A way of writing the name that mentions are lined up with. */
export interface Form {
  text: string;
  parts: Part[];
  /** Accepted as written (the house name or an alias); otherwise a spelling to correct. */
  accepted: boolean;
  /** For a spelling: the house name's text that each of its words stands for, when they line up word for word
   *  (same number of words); null when only the whole spelling maps to the whole name. */
  house: { text: string; parts: Part[] } | null;
}

/** Where `needle`'s parts run, in order, inside `hay`'s parts, starting and ending on word boundaries of `hay`. */
export function findParts(hay: Part[], needle: Part[]): number {
  if (!needle.length) return -1;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    if (!hay[i].wordStart || !hay[i + needle.length - 1].wordEnd) continue;
    for (let j = 0; j < needle.length; j++) if (hay[i + j].fold !== needle[j].fold) continue outer;
    return i;
  }
  return -1;
}

/** Indices of the words (in parts) of a name: [first part, last part] per word. */
function words(parts: Part[]): [number, number][] {
  const out: [number, number][] = [];
  parts.forEach((p, i) => {
    if (p.wordStart) out.push([i, i]);
    if (p.wordEnd && out.length) out[out.length - 1][1] = i;
  });
  return out;
}

/** Edit distance, for lining a one-word spelling ("Zelenskyy") up with the word of the name it spells. */
export function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/**
 * The forms mentions of an entry are compared with: the house name and aliases as written, and the spellings,
 * each tied to the house name's words. A one-word spelling of a longer name ("Zelenskyy" for "Volodymyr
 * Zelensky") stands for the word it is closest to, so "Volodymyr Zelenskyy" is that spelling too.
 */
export function formsOf(name: string, aliases: string[], spellings: string[]): Form[] {
  const house = { text: name, parts: partsOf(name) };
  const forms: Form[] = [house, ...aliases.map((a) => ({ text: a, parts: partsOf(a) }))].map((f) => ({ ...f, accepted: true, house: null }));
  const houseWords = words(house.parts);
  for (const s of spellings) {
    const parts = partsOf(s);
    const sw = words(parts);
    if (sw.length === houseWords.length) {
      forms.push({ text: s, parts, accepted: false, house });
    } else if (sw.length === 1 && houseWords.length > 1) {
      // Put the spelling in place of the house word it is closest to.
      const fold = parts.map((p) => p.fold).join('');
      let best = 0;
      let bestD = Infinity;
      houseWords.forEach(([a, b], k) => {
        const d = distance(fold, house.parts.slice(a, b + 1).map((p) => p.fold).join(''));
        if (d < bestD) [best, bestD] = [k, d];
      });
      const [a, b] = houseWords[best];
      const text = name.slice(0, house.parts[a].start) + s + name.slice(house.parts[b].end);
      forms.push({ text, parts: partsOf(text), accepted: false, house });
    } else {
      forms.push({ text: s, parts, accepted: false, house: null });
    }
  }
  return forms;
}

/**
 * The house spelling of a mention ("Mr Kim Jong Un" → "Mr Kim Jong-un"), or null when the mention is
 * already in house style or cannot be lined up with any form. Case alone does not count in a mention written
 * all in capitals (a headline, a transcript): "KIM JONG-UN" is house style, "KIM JONG UN" becomes "KIM JONG-UN".
 */
export function houseSpelling(mention: string, forms: Form[]): { text: string; lined: boolean } {
  const { honorific, rest } = stripHonorific(mention);
  const parts = partsOf(rest);
  const caps = /\p{L}/u.test(rest) && rest === rest.toUpperCase();
  const same = (a: string, b: string) => (caps ? a.toUpperCase() === b.toUpperCase() : a === b);
  let fix: string | null = null;
  for (const f of forms) {
    const i = findParts(f.parts, parts);
    if (i < 0) continue;
    const written = f.text.slice(f.parts[i].start, f.parts[i + parts.length - 1].end);
    if (f.accepted) {
      if (same(written, rest)) return { text: mention, lined: true };
      fix ??= written;
    } else if (f.house && words(f.house.parts).length === words(f.parts).length) {
      // Map the spelling's words onto the house name's words.
      const w = words(f.parts);
      const hw = words(f.house.parts);
      const first = w.findIndex(([a]) => a === i);
      const last = w.findIndex(([, b]) => b === i + parts.length - 1);
      if (first >= 0 && last >= 0) fix ??= f.house.text.slice(f.house.parts[hw[first][0]].start, f.house.parts[hw[last][1]].end);
    } else if (f.house === null && i === 0 && parts.length === f.parts.length) {
      fix ??= forms[0].text;
    }
  }
  if (fix === null) return { text: mention, lined: false };
  return { text: honorific + (caps ? fix.toUpperCase() : fix), lined: true };
}
