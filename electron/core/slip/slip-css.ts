import type { SlipPageSizeName } from '../../../shared/domain/desk-settings';

/**
 * Print CSS for the two layouts. The roll is 80 mm wide with ~72 mm printable (thermal heads
 * skip ~4 mm each side); A4 uses a centred column and larger type. Black on white only: thermal
 * printers have no grey, so separators are solid lines, not shades.
 */
const BASE = `
* { box-sizing: border-box; margin: 0; padding: 0; }
html, body { background: #fff; color: #000; font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; }
h1 { font-weight: 700; line-height: 1.15; }
h3 { font-weight: 700; margin-bottom: 1mm; }
h3 small { font-weight: 400; }
.guest { border-top: 0.4mm solid #000; border-bottom: 0.4mm solid #000; }
.guest div { display: flex; justify-content: space-between; gap: 2mm; }
.guest span, .window span { font-weight: 400; }
.howto { border: 0.3mm solid #000; }
.door { break-inside: avoid; }
.code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-weight: 700; letter-spacing: 0.5mm; }
.note { font-style: italic; }
.house { white-space: pre-wrap; border-top: 0.4mm solid #000; }
.qr { text-align: center; }
.qr svg { display: inline-block; }
footer { border-top: 0.3mm solid #000; }
`;

const ROLL = `${BASE}
@page { size: 80mm auto; margin: 0; }
body { width: 80mm; }
main { padding: 3mm 4mm 4mm; font-size: 9.5pt; line-height: 1.3; }
h1 { font-size: 14pt; text-align: center; margin-bottom: 2mm; }
h3 { font-size: 11pt; }
.guest { padding: 1.5mm 0; margin-bottom: 2mm; }
.howto { padding: 1.5mm; margin-bottom: 2.5mm; font-size: 9pt; }
.door { margin-bottom: 3mm; }
.code-row { margin-bottom: 1.5mm; }
.code { font-size: 22pt; line-height: 1.1; }
.window { font-size: 9pt; }
.note { font-size: 8.5pt; }
.house { padding-top: 2mm; margin-top: 1mm; font-size: 9pt; }
.qr { margin-top: 2mm; }
.qr svg { width: 34mm; height: 34mm; }
footer { margin-top: 3mm; padding-top: 1.5mm; font-size: 7.5pt; }
`;

const A4 = `${BASE}
@page { size: A4; margin: 18mm; }
main { max-width: 150mm; margin: 0 auto; font-size: 12pt; line-height: 1.4; }
h1 { font-size: 24pt; margin-bottom: 6mm; }
h3 { font-size: 15pt; }
.guest { padding: 3mm 0; margin-bottom: 5mm; max-width: 110mm; }
.howto { padding: 3mm; margin-bottom: 6mm; }
.door { margin-bottom: 6mm; }
.code-row { display: grid; grid-template-columns: 60mm 1fr; align-items: center; gap: 4mm; margin-bottom: 2mm; }
.code { font-size: 30pt; }
.note { grid-column: 1 / -1; font-size: 10.5pt; }
.house { padding-top: 4mm; margin-top: 2mm; }
.qr { margin-top: 5mm; text-align: left; }
.qr svg { width: 40mm; height: 40mm; }
footer { margin-top: 8mm; padding-top: 2mm; font-size: 9pt; }
`;

export const SLIP_CSS: Record<SlipPageSizeName, string> = { '80mm': ROLL, A4 };
