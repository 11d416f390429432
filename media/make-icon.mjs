// Draws media/icon.png (128×128): a pair of opening quotation marks on newsroom navy, with a copy editor's
// red mark beneath. Plain Node (zlib) so the icon can be regenerated anywhere: node media/make-icon.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const SIZE = 128;
const SS = 4; // supersampling per axis
const NAVY = [0x1f, 0x3a, 0x5f];
const PAPER = [0xfa, 0xf7, 0xf0];
const RED = [0xd9, 0x3f, 0x35];

const roundedSquare = (x, y) => {
  const r = 22, m = 4;
  const cx = Math.min(Math.max(x, m + r), SIZE - m - r);
  const cy = Math.min(Math.max(y, m + r), SIZE - m - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

// One quotation mark "6": a round head and a tail sweeping up to the right.
function mark(cx, cy, r) {
  const pts = [];
  for (let i = 0; i <= 48; i++) {
    const t = i / 48;
    const p0 = [cx - r * 0.92, cy - r * 0.1], p1 = [cx - r * 1.05, cy - r * 1.9], p2 = [cx + r * 0.75, cy - r * 2.35];
    const x = (1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t * t * p2[0];
    const y = (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t * t * p2[1];
    pts.push([x, y, r * (0.62 - 0.5 * t)]);
  }
  return (x, y) => {
    if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) return true;
    return pts.some(([px, py, w]) => (x - px) ** 2 + (y - py) ** 2 <= w * w);
  };
}
const marks = [mark(44, 70, 15), mark(84, 70, 15)];
const underline = (x, y) => {
  const x0 = 28, x1 = 100, yc = 100, h = 5;
  const cx = Math.min(Math.max(x, x0), x1);
  return (x - cx) ** 2 + (y - yc) ** 2 <= h * h;
};

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) for (let sx = 0; sx < SS; sx++) {
      const px = x + (sx + 0.5) / SS, py = y + (sy + 0.5) / SS;
      if (!roundedSquare(px, py)) continue;
      const c = marks.some((m) => m(px, py)) ? PAPER : underline(px, py) ? RED : NAVY;
      acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255;
    }
    const n = SS * SS, covered = acc[3] / 255, o = y * (SIZE * 4 + 1) + 1 + x * 4;
    for (let k = 0; k < 3; k++) raw[o + k] = covered ? Math.round(acc[k] / covered) : 0;
    raw[o + 3] = Math.round(acc[3] / n);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0); ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`media/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
