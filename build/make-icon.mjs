// Draws the desk's icon (a white door with a key-card slot on a blue rounded square) and writes
// build/icon.ico (256 px PNG inside an ICO, what electron-builder and NSIS need on Windows).
// Run once with `node build/make-icon.mjs`; the .ico is committed so packaging needs no tooling.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 256;
const px = Buffer.alloc(N * N * 4);

function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

for (let y = 0; y < N; y++) {
  for (let x = 0; x < N; x++) {
    const i = (y * N + x) * 4;
    let rgba = [0, 0, 0, 0];
    if (inRoundRect(x, y, 8, 8, 247, 247, 48)) rgba = [26, 95, 180, 255];
    if (inRoundRect(x, y, 76, 44, 180, 220, 10)) rgba = [255, 255, 255, 255]; // door
    if ((x - 156) ** 2 + (y - 136) ** 2 <= 64) rgba = [26, 95, 180, 255]; // handle
    if (inRoundRect(x, y, 104, 76, 152, 92, 4)) rgba = [26, 95, 180, 255]; // card slot
    rgba.forEach((v, k) => (px[i + k] = v));
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
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const rows = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) px.copy(rows, y * (N * 4 + 1) + 1, y * N * 4, (y + 1) * N * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2); // icon
header.writeUInt16LE(1, 4); // one image
const entry = Buffer.alloc(16);
entry[0] = 0; // 0 means 256
entry[1] = 0;
entry.writeUInt16LE(1, 4); // planes
entry.writeUInt16LE(32, 6); // bpp
entry.writeUInt32LE(png.length, 8);
entry.writeUInt32LE(6 + 16, 12);
writeFileSync(new URL('./icon.ico', import.meta.url), Buffer.concat([header, entry, png]));
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`build/icon.ico: ${6 + 16 + png.length} bytes`);
