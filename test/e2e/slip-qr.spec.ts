import { expect, test } from './fixtures';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { qrMatrix, qrSvg } from '../../electron/core/slip/qr';

/**
 * The slip's QR code comes from our own encoder (electron/core/slip/qr.ts), so an independent
 * decoder is the only real proof it scans: Chromium draws the SVG exactly as the slip shows it,
 * and zbar (zbar-tools, a separate implementation) reads the PNG back.
 */
let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'slip-qr-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** zbarimg prints each symbol's data and a newline; exit status 4 means it found none. */
function decodeQr(png: string): string {
  return execFileSync('zbarimg', ['--raw', '-q', png]).toString('utf8').replace(/\n$/, '');
}

const INPUTS: [string, string][] = [
  ['a short web address', 'https://casa-azul.example/w'],
  ['a Wi-Fi join string with ; and :', 'WIFI:T:WPA;S:CasaAzul-Guests;P:sunny-day;;'],
  ['non-ASCII text (UTF-8 bytes)', 'Contraseña: ñandú'],
  ['a Wi-Fi string with escaped separators and spaces', 'WIFI:T:WPA;S:Casa Azul \\; Planta 2;P:p\\:ss\\;w0rd!;H:false;;'],
  [
    '300 characters, the longest the setting allows (version 13, nine blocks)',
    `https://casa-azul.example/welcome?${'k=v&'.repeat(66)}end=1`,
  ],
  ['400 UTF-8 bytes of accented text, the most the setting allows (version 15 with the UTF-8 marker)', `Clave: ${'ñá'.repeat(98)}!`],
];

for (const [name, text] of INPUTS) {
  test(`the slip's QR code for ${name} decodes to exactly that text`, async ({ page }) => {
    const modules = qrMatrix(text).length;
    // 6 CSS px per module: a clean scan, well above what zbar needs, independent of the slip's mm sizing.
    const side = (modules + 8) * 6;
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:#fff"><div id="qr" style="width:${side}px;height:${side}px">${qrSvg(text).replace('<svg ', `<svg width="${side}" height="${side}" `)}</div></body></html>`,
    );
    const png = join(dir, `qr-${INPUTS.findIndex(([n]) => n === name)}.png`);
    await page.locator('#qr').screenshot({ path: png });
    expect(decodeQr(png)).toBe(text);
  });
}

test('a QR that does not match is told apart (the decoder is really reading the symbol)', async ({ page }) => {
  const a = 'WIFI:T:WPA;S:CasaAzul-Guests;P:sunny-day;;';
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:#fff"><div id="qr" style="width:300px;height:300px">${qrSvg(a).replace('<svg ', '<svg width="300" height="300" ')}</div></body></html>`,
  );
  const png = join(dir, 'qr-other.png');
  await page.locator('#qr').screenshot({ path: png });
  expect(decodeQr(png)).not.toBe('WIFI:T:WPA;S:CasaAzul-Guests;P:sunny-dax;;');
  // A blank square has no symbol: zbarimg fails rather than inventing one.
  await page.setContent(
    '<!doctype html><html><body style="margin:0;background:#fff"><div id="qr" style="width:300px;height:300px"></div></body></html>',
  );
  const blank = join(dir, 'qr-blank.png');
  await page.locator('#qr').screenshot({ path: blank });
  expect(() => decodeQr(blank)).toThrow();
});
