// What every analysis must satisfy, whatever the text: shared by the property tests, the hostile-input tests and
// `npm run hostile`. Each check throws an AssertionError naming the first span that breaks it.
import { strict as assert } from 'node:assert';
import type { Analysis, Span } from '../../src/engine/types';

function within(text: string, s: Span, what: string): void {
  assert.ok(
    Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length,
    `${what}: [${s.start}, ${s.end}) is not a span of a ${text.length}-character text`,
  );
}

function slices(text: string, s: Span & { text: string }, what: string): void {
  within(text, s, what);
  assert.equal(text.slice(s.start, s.end), s.text, `${what}: [${s.start}, ${s.end}) does not slice to its text`);
}

/** Every span lies within the text and slices back to its reported text; cross-references point at something. */
export function assertSpans(text: string, a: Analysis): void {
  a.quotes.forEach((q, i) => {
    slices(text, q, `quote ${i}`);
    if (q.speaker) slices(text, q.speaker, `speaker of quote ${i}`);
    if (q.cue) slices(text, q.cue, `cue of quote ${i}`);
    if (q.speaker?.personId) assert.ok(a.people.some((p) => p.id === q.speaker!.personId), `quote ${i}: speaker's person ${q.speaker.personId} is not among the people`);
  });
  a.people.forEach((p, i) => {
    p.mentions.forEach((m, k) => slices(text, m, `mention ${k} of person ${i} (${p.name})`));
    for (const k of p.quotes) assert.ok(k >= 0 && k < a.quotes.length && a.quotes[k].speaker?.personId === p.id, `person ${i}: quote index ${k}`);
  });
  a.claims.forEach((c, i) => {
    slices(text, c, `claim ${i}`);
    c.triggers.forEach((t, k) => {
      slices(text, t, `trigger ${k} of claim ${i}`);
      assert.ok(c.start <= t.start && t.end <= c.end, `trigger ${k} of claim ${i} lies outside its sentence`);
    });
  });
  a.problems.forEach((p, i) => within(text, p, `problem ${i} (${p.code})`));
}

/** Plain data: a JSON round trip gives back exactly the same value (no undefined, NaN, Infinity, functions, cycles). */
export function assertJson(a: Analysis): void {
  assert.deepStrictEqual(JSON.parse(JSON.stringify(a)), a);
}

/** Every invariant at once. */
export function assertWellFormed(text: string, a: Analysis): void {
  assertSpans(text, a);
  assertJson(a);
}
