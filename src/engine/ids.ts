// Short stable ids: FNV-1a over a normalised string, printed in base 36.
export function hashId(prefix: string, s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${prefix}-${h.toString(36).padStart(7, '0')}`;
}
