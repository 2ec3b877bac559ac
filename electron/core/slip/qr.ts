/**
 * A small QR Code encoder (ISO/IEC 18004) for the slip and the guest message: byte mode, error
 * correction level M, versions 1–15 (up to 412 bytes; the setting allows 400). It follows the
 * structure of Project Nayuki's reference encoder (MIT): data → Reed–Solomon blocks → interleave →
 * zigzag placement → mask.
 *
 * Why not a package: a slip or a message in Spanish carries accented text, and a byte-mode symbol
 * without an ECI header is read as ISO-8859-1 or guessed. The maintained encoders on npm (`qrcode`,
 * `qr`) write UTF-8 bytes with no ECI; ZBar then reads "Código … Niño" as "C籀digo … Ni簽o". This
 * one adds the UTF-8 ECI (26) whenever a byte is non-ASCII, and test/e2e/slip-qr.spec.ts reads the
 * printed symbol back with ZBar. See docs/architecture.md "QR code".
 */
import { escapeHtml } from './format';

const MAX_VERSION = 15;
// Level M tables from the standard (index = version; 0 unused).
const ECC_PER_BLOCK_M = [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24];
const BLOCKS_M = [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10];
const FORMAT_BITS_M = 0;

const bit = (x: number, i: number): boolean => ((x >>> i) & 1) !== 0;

function rawDataModules(ver: number): number {
  let result = (16 * ver + 128) * ver + 64;
  if (ver >= 2) {
    const numAlign = Math.floor(ver / 7) + 2;
    result -= (25 * numAlign - 10) * numAlign - 55;
    if (ver >= 7) result -= 36;
  }
  return result;
}

const dataCodewords = (ver: number): number => Math.floor(rawDataModules(ver) / 8) - ECC_PER_BLOCK_M[ver]! * BLOCKS_M[ver]!;

/** GF(2^8) multiply modulo x^8 + x^4 + x^3 + x^2 + 1. */
function gfMul(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z & 0xff;
}

function rsDivisor(degree: number): number[] {
  const result = new Array<number>(degree).fill(0);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < result.length; j++) {
      result[j] = gfMul(result[j]!, root);
      if (j + 1 < result.length) result[j]! ^= result[j + 1]!;
    }
    root = gfMul(root, 0x02);
  }
  return result;
}

function rsRemainder(data: readonly number[], divisor: readonly number[]): number[] {
  const result = divisor.map(() => 0);
  for (const b of data) {
    const factor = b ^ result.shift()!;
    result.push(0);
    divisor.forEach((coef, i) => (result[i]! ^= gfMul(coef, factor)));
  }
  return result;
}

function withEcc(data: readonly number[], ver: number): number[] {
  const numBlocks = BLOCKS_M[ver]!;
  const eccLen = ECC_PER_BLOCK_M[ver]!;
  const raw = Math.floor(rawDataModules(ver) / 8);
  const numShort = numBlocks - (raw % numBlocks);
  const shortLen = Math.floor(raw / numBlocks);
  const divisor = rsDivisor(eccLen);
  const blocks: number[][] = [];
  for (let i = 0, k = 0; i < numBlocks; i++) {
    const dat = data.slice(k, k + shortLen - eccLen + (i < numShort ? 0 : 1));
    k += dat.length;
    const ecc = rsRemainder(dat, divisor);
    if (i < numShort) dat.push(0);
    blocks.push([...dat, ...ecc]);
  }
  const out: number[] = [];
  for (let i = 0; i < blocks[0]!.length; i++)
    blocks.forEach((block, j) => {
      if (i !== shortLen - eccLen || j >= numShort) out.push(block[i]!);
    });
  return out;
}

/** ECI assignment number for UTF-8 (AIM ECI 26). */
const ECI_UTF8 = 26;

function encodeData(bytes: Uint8Array): { ver: number; codewords: number[] } {
  // Byte mode has no charset of its own: without an ECI header readers guess (ISO-8859-1 per the
  // standard, Shift-JIS in zbar), so "Contraseña" came back as "Contrase簽a". Non-ASCII text gets
  // the UTF-8 ECI; pure ASCII stays without one, the form every reader handles.
  const eci = bytes.some((b) => b >= 0x80);
  const eciBits = eci ? 12 : 0;
  for (let ver = 1; ver <= MAX_VERSION; ver++) {
    const capBits = dataCodewords(ver) * 8;
    const countBits = ver <= 9 ? 8 : 16;
    if (eciBits + 4 + countBits + bytes.length * 8 > capBits) continue;
    const bits: number[] = [];
    const put = (value: number, len: number): void => {
      for (let i = len - 1; i >= 0; i--) bits.push((value >>> i) & 1);
    };
    if (eci) {
      put(0b0111, 4);
      put(ECI_UTF8, 8);
    }
    put(0b0100, 4);
    put(bytes.length, countBits);
    bytes.forEach((b) => put(b, 8));
    put(0, Math.min(4, capBits - bits.length));
    put(0, (8 - (bits.length % 8)) % 8);
    for (let pad = 0xec; bits.length < capBits; pad ^= 0xec ^ 0x11) put(pad, 8);
    const codewords: number[] = [];
    for (let i = 0; i < bits.length; i += 8) codewords.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
    return { ver, codewords };
  }
  throw new RangeError(`QR text too long (${bytes.length} bytes)`);
}

/** The module matrix: true = dark. */
export function qrMatrix(text: string): boolean[][] {
  const { ver, codewords } = encodeData(new TextEncoder().encode(text));
  const size = ver * 4 + 17;
  const modules = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const isFn = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  const setFn = (x: number, y: number, dark: boolean): void => {
    modules[y]![x] = dark;
    isFn[y]![x] = true;
  };

  for (let i = 0; i < size; i++) {
    setFn(6, i, i % 2 === 0);
    setFn(i, 6, i % 2 === 0);
  }
  for (const [cx, cy] of [
    [3, 3],
    [size - 4, 3],
    [3, size - 4],
  ] as const)
    for (let dy = -4; dy <= 4; dy++)
      for (let dx = -4; dx <= 4; dx++) {
        const d = Math.max(Math.abs(dx), Math.abs(dy));
        const x = cx + dx;
        const y = cy + dy;
        if (x >= 0 && x < size && y >= 0 && y < size) setFn(x, y, d !== 2 && d !== 4);
      }
  const align = alignmentPositions(ver, size);
  align.forEach((ay, i) =>
    align.forEach((ax, j) => {
      const corner = (i === 0 && j === 0) || (i === 0 && j === align.length - 1) || (i === align.length - 1 && j === 0);
      if (corner) return;
      for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) setFn(ax + dx, ay + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
    }),
  );
  const drawFormat = (mask: number): void => {
    const data = (FORMAT_BITS_M << 3) | mask;
    let rem = data;
    for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
    const bits = ((data << 10) | rem) ^ 0x5412;
    for (let i = 0; i <= 5; i++) setFn(8, i, bit(bits, i));
    setFn(8, 7, bit(bits, 6));
    setFn(8, 8, bit(bits, 7));
    setFn(7, 8, bit(bits, 8));
    for (let i = 9; i < 15; i++) setFn(14 - i, 8, bit(bits, i));
    for (let i = 0; i < 8; i++) setFn(size - 1 - i, 8, bit(bits, i));
    for (let i = 8; i < 15; i++) setFn(8, size - 15 + i, bit(bits, i));
    setFn(8, size - 8, true);
  };
  drawFormat(0);
  if (ver >= 7) {
    let rem = ver;
    for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
    const bits = (ver << 12) | rem;
    for (let i = 0; i < 18; i++) {
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      setFn(a, b, bit(bits, i));
      setFn(b, a, bit(bits, i));
    }
  }

  const data = withEcc(codewords, ver);
  let i = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vert = 0; vert < size; vert++)
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const y = ((right + 1) & 2) === 0 ? size - 1 - vert : vert;
        if (!isFn[y]![x] && i < data.length * 8) {
          modules[y]![x] = bit(data[i >>> 3]!, 7 - (i & 7));
          i++;
        }
      }
  }

  const applyMask = (mask: number): void => {
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (!isFn[y]![x] && maskBit(mask, x, y)) modules[y]![x] = !modules[y]![x];
  };
  let best = 0;
  let bestPenalty = Infinity;
  for (let mask = 0; mask < 8; mask++) {
    applyMask(mask);
    drawFormat(mask);
    const p = penalty(modules);
    if (p < bestPenalty) [best, bestPenalty] = [mask, p];
    applyMask(mask);
  }
  applyMask(best);
  drawFormat(best);
  return modules;
}

function alignmentPositions(ver: number, size: number): number[] {
  if (ver === 1) return [];
  const numAlign = Math.floor(ver / 7) + 2;
  const step = Math.ceil((ver * 4 + 4) / (numAlign * 2 - 2)) * 2;
  const result = [6];
  for (let pos = size - 7; result.length < numAlign; pos -= step) result.splice(1, 0, pos);
  return result;
}

function maskBit(mask: number, x: number, y: number): boolean {
  switch (mask) {
    case 0:
      return (x + y) % 2 === 0;
    case 1:
      return y % 2 === 0;
    case 2:
      return x % 3 === 0;
    case 3:
      return (x + y) % 3 === 0;
    case 4:
      return (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0;
    case 5:
      return ((x * y) % 2) + ((x * y) % 3) === 0;
    case 6:
      return (((x * y) % 2) + ((x * y) % 3)) % 2 === 0;
    default:
      return (((x + y) % 2) + ((x * y) % 3)) % 2 === 0;
  }
}

/** The standard's rules 1, 2 and 4 (runs, 2×2 blocks, balance): enough to avoid the worst masks. */
function penalty(m: boolean[][]): number {
  const size = m.length;
  let p = 0;
  let dark = 0;
  for (let a = 0; a < size; a++) {
    let runRow = 1;
    let runCol = 1;
    for (let b = 0; b < size; b++) {
      if (m[a]![b]) dark++;
      if (b > 0) {
        runRow = m[a]![b] === m[a]![b - 1] ? runRow + 1 : 1;
        runCol = m[b]![a] === m[b - 1]![a] ? runCol + 1 : 1;
        if (runRow === 5) p += 3;
        else if (runRow > 5) p += 1;
        if (runCol === 5) p += 3;
        else if (runCol > 5) p += 1;
      }
      if (a > 0 && b > 0) {
        const c = m[a]![b];
        if (c === m[a - 1]![b] && c === m[a]![b - 1] && c === m[a - 1]![b - 1]) p += 3;
      }
    }
  }
  p += Math.floor(Math.abs(dark * 20 - size * size * 10) / (size * size)) * 10;
  return p;
}

/** An inline SVG (4-module quiet zone), crisp at any print size; `label` names it for screen readers, in the slip's language. */
export function qrSvg(text: string, label = 'QR code'): string {
  const m = qrMatrix(text);
  const n = m.length + 8;
  let path = '';
  m.forEach((row, y) => row.forEach((dark, x) => (path += dark ? `M${x + 4},${y + 4}h1v1h-1z` : '')));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" shape-rendering="crispEdges" role="img" aria-label="${escapeHtml(label)}"><rect width="${n}" height="${n}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
