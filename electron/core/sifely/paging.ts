import type { Page } from './types';

/**
 * Collects every item of a paged list (§7). Stops when `pageNo >= pages`, when the collected count
 * reaches `total`, or on an empty or short page — whichever comes first — and guards against a
 * missing `pages`/`total` and against a service that keeps answering (maxPages).
 */
export async function collectPages<T>(
  fetchPage: (pageNo: number, pageSize: number) => Promise<Partial<Page<T>>>,
  options: { pageSize?: number; maxPages?: number } = {},
): Promise<T[]> {
  const pageSize = options.pageSize ?? 100;
  const maxPages = options.maxPages ?? 1000;
  const all: T[] = [];
  for (let pageNo = 1; pageNo <= maxPages; pageNo++) {
    const page = await fetchPage(pageNo, pageSize);
    const list = Array.isArray(page.list) ? page.list : [];
    all.push(...list);
    if (list.length === 0 || list.length < pageSize) break;
    if (typeof page.total === 'number' && Number.isFinite(page.total) && all.length >= page.total) break;
    if (typeof page.pages === 'number' && Number.isFinite(page.pages) && pageNo >= page.pages) break;
  }
  return all;
}

/** Normalises a page answer: numbers that came as strings, and a missing `list` (§7, §14 #11). */
export function asPage<T>(payload: unknown, mapItem: (raw: Record<string, unknown>) => T): Page<T> {
  const o = (payload ?? {}) as Record<string, unknown>;
  const list = Array.isArray(o['list']) ? (o['list'] as unknown[]) : [];
  const n = (v: unknown, fallback: number): number => {
    const x = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;
    return Number.isFinite(x) ? x : fallback;
  };
  return {
    list: list.filter((x): x is Record<string, unknown> => x !== null && typeof x === 'object').map(mapItem),
    pageNo: n(o['pageNo'], 1),
    pageSize: n(o['pageSize'], list.length),
    pages: n(o['pages'], Number.NaN),
    total: n(o['total'], Number.NaN),
  };
}
