import type { StateCreator } from 'zustand';
import type { CsvMapping, CsvPreview, Feed, FeedRefreshResult, ImportCounts } from '../../../shared/domain/booking-import';
import { ok, type IpcResult } from '../../../shared/ipc/result';
import type { WireMessage } from '../../../shared/messages';
import { desk } from '../api/bridge';
import type { DeskStore } from './index';

/** A CSV file as the clerk picked it, read to base64. */
export type PickedFile = { fileName: string; dataBase64: string };

/** What adding a feed came to: refused, added but its first read failed, or added and read. */
export type FeedAdded =
  | { kind: 'refused'; msg: WireMessage }
  | { kind: 'unread'; feed: Feed; msg: WireMessage | null }
  | { kind: 'read'; feed: Feed; result: FeedRefreshResult | null };

export interface ImportSlice {
  /** The rooms' iCal feeds as last listed. */
  feeds: Feed[];
  feedsError: WireMessage | null;
  /** Lists the feeds; the list read ([] when the core could not answer), for wording results by feed. */
  loadFeeds: () => Promise<Feed[]>;
  /** Reads one feed or all now; the results with the feeds listed after them. */
  refreshFeeds: (feedId?: number) => Promise<IpcResult<{ results: FeedRefreshResult[]; feeds: Feed[] }>>;
  addFeed: (feed: { roomId: number; name: string; url: string }) => Promise<FeedAdded>;
  /** Checks a file against the mapping (null: the one the core remembers or guesses); writes nothing. */
  previewCsv: (source: string, file: PickedFile, mapping: CsvMapping | null) => Promise<IpcResult<CsvPreview>>;
  /** Imports the previewed file whole, with the mapping the preview showed (leaving out its problem rows if asked). */
  commitCsv: (preview: CsvPreview, file: PickedFile, leaveOut: boolean) => Promise<IpcResult<ImportCounts>>;
}

export const createImportSlice: StateCreator<DeskStore, [], [], ImportSlice> = (set, get) => ({
  feeds: [],
  feedsError: null,
  async loadFeeds() {
    const r = await desk.invoke('feed:list', {});
    if (!r.ok) {
      set({ feedsError: r.msg });
      return [];
    }
    set({ feeds: r.value.feeds, feedsError: null });
    return r.value.feeds;
  },
  async refreshFeeds(feedId) {
    const r = await desk.invoke('feed:refresh', feedId === undefined ? {} : { feedId });
    const feeds = await get().loadFeeds();
    if (!r.ok) return r;
    // An import the screen ran itself: everything it shows may have moved.
    void get().refresh('everything');
    return ok({ results: r.value.results, feeds });
  },
  async addFeed({ roomId, name, url }) {
    // Added without reading, then read: the read's counts are what the clerk wants to see.
    const added = await desk.invoke('feed:add', { roomId, name: name.trim(), url: url.trim(), refreshNow: false });
    if (!added.ok) return { kind: 'refused', msg: added.msg };
    const feed = added.value;
    const r = await desk.invoke('feed:refresh', { feedId: feed.id });
    await get().loadFeeds();
    if (!r.ok) return { kind: 'unread', feed, msg: r.msg };
    const result = r.value.results[0] ?? null;
    if (result && !result.ok) return { kind: 'unread', feed, msg: result.error };
    void get().refresh('everything');
    return { kind: 'read', feed, result };
  },
  previewCsv(source, file, mapping) {
    return desk.invoke('import:csv-preview', { source: source.trim(), ...file, ...(mapping ? { mapping } : {}) });
  },
  async commitCsv(preview, file, leaveOut) {
    const r = await desk.invoke('import:csv-commit', {
      source: preview.source,
      ...file,
      mapping: preview.mapping,
      ...(leaveOut ? { leaveOut: preview.errorLines } : {}),
    });
    if (!r.ok) return r;
    void get().refresh('everything');
    return ok(r.value.counts);
  },
});
