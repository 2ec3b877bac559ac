/**
 * Page geometry for the guest slip, as pure functions (no 'electron' import) so it is tested under
 * Node. Electron measures `webContents.print` page sizes in microns but `printToPDF` page sizes in
 * inches; getting that wrong prints a postage stamp or a banner, so both live here side by side.
 */
export const SLIP_PAGE_SIZES = ['80mm', 'A4'] as const;
export type SlipPageSize = (typeof SLIP_PAGE_SIZES)[number];

export const isSlipPageSize = (v: unknown): v is SlipPageSize =>
  typeof v === 'string' && (SLIP_PAGE_SIZES as readonly string[]).includes(v);

const MICRONS_PER_MM = 1000;
const MM_PER_INCH = 25.4;
/** CSS pixels are 1/96 inch. */
const MM_PER_CSS_PX = MM_PER_INCH / 96;

const A4_MM = { width: 210, height: 297 } as const;
/** Receipt rolls are 80 mm wide and endless: the page is as long as the slip plus a tear-off margin. */
const ROLL_WIDTH_MM = 80;
const ROLL_TEAR_OFF_MM = 10;
/** Bounds keep a broken measurement from feeding a printer 0 mm or 10 m of paper. */
const ROLL_MIN_MM = 60;
const ROLL_MAX_MM = 1000;

export interface PageMm {
  width: number;
  height: number;
}

/** The page in millimetres; `contentHeightPx` is the slip's rendered height (only rolls use it). */
export function slipPageMm(size: SlipPageSize, contentHeightPx: number): PageMm {
  if (size === 'A4') return { ...A4_MM };
  const measured = Number.isFinite(contentHeightPx) && contentHeightPx > 0 ? contentHeightPx * MM_PER_CSS_PX : 0;
  const height = Math.min(ROLL_MAX_MM, Math.max(ROLL_MIN_MM, Math.ceil(measured + ROLL_TEAR_OFF_MM)));
  return { width: ROLL_WIDTH_MM, height };
}

/** For `webContents.print({ pageSize })`: microns, integers. */
export function toPrintPageSize(page: PageMm): { width: number; height: number } {
  return { width: Math.round(page.width * MICRONS_PER_MM), height: Math.round(page.height * MICRONS_PER_MM) };
}

/** For `webContents.printToPDF({ pageSize })`: inches. */
export function toPdfPageSize(page: PageMm): { width: number; height: number } {
  return { width: page.width / MM_PER_INCH, height: page.height / MM_PER_INCH };
}
