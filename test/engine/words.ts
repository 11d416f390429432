// Generated words for hostile inputs, shared by test/engine/hostile.test.ts and `npm run hostile`.

/** Distinct pronounceable capitalised words: Ba, Ca, …, Baba, … */
export function word(i: number): string {
  let w = '';
  do {
    w += 'bcdfghjklmnpqrstvwz'[i % 19] + 'aeiou'[Math.floor(i / 19) % 5];
    i = Math.floor(i / 95);
  } while (i > 0);
  return w[0].toUpperCase() + w.slice(1);
}
