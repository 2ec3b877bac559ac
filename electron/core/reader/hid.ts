import { createLogger } from '../log';
import { createReportDecoder, type DecodedRead, type DecoderOptions } from './reports';

const log = createLogger('reader');

/** What the desk needs of node-hid, so tests can plug in a recorded device (the hardware edge). */
export interface HidDeviceInfo {
  vendorId: number;
  productId: number;
  path?: string | undefined;
  product?: string | undefined;
  manufacturer?: string | undefined;
  usagePage?: number | undefined;
  usage?: number | undefined;
  interface: number;
}

export interface HidHandle {
  onData(listener: (report: Uint8Array) => void): void;
  /** node-hid reports an unplugged device as an error on the open handle. */
  onError(listener: (error: unknown) => void): void;
  close(): Promise<void>;
}

export interface HidBackend {
  devices(): Promise<HidDeviceInfo[]>;
  open(device: HidDeviceInfo): Promise<HidHandle>;
}

export interface HidTarget {
  vendorId: number;
  productId: number;
  /** Readers with several interfaces: which one (e.g. 0xFF00 for vendor mode, 1 for keyboard). */
  usagePage?: number | undefined;
}

export type HidReaderState =
  { state: 'stopped' } | { state: 'searching'; attempts: number; lastError: string | null } | { state: 'open'; device: HidDeviceInfo };

export interface HidReaderOptions {
  backend: HidBackend;
  target: HidTarget;
  decoder?: Partial<DecoderOptions>;
  onRead: (read: DecodedRead) => void;
  onState?: (state: HidReaderState) => void;
  /** Monotonic ms: the gaps between reports decide where one card's burst ends. */
  now: () => number;
  /** Retry delays while the reader is missing: first, doubling up to max (ms). */
  retry?: { firstMs: number; maxMs: number };
}

export interface HidReader {
  start(): void;
  stop(): Promise<void>;
  state(): HidReaderState;
}

export const matchesTarget = (d: HidDeviceInfo, t: HidTarget): boolean =>
  d.vendorId === t.vendorId && d.productId === t.productId && (t.usagePage === undefined || d.usagePage === t.usagePage);

/**
 * The reader over node-hid: finds the configured device, decodes its reports into reads, and when
 * it is unplugged (an error on the handle) keeps looking until it is back. Reports are decoded by
 * the pure ./reports.ts; this file only owns the device's lifecycle.
 */
export function createHidReader(options: HidReaderOptions): HidReader {
  const now = options.now;
  const retry = options.retry ?? { firstMs: 500, maxMs: 5_000 };
  const decoder = createReportDecoder(options.decoder);
  let current: HidReaderState = { state: 'stopped' };
  let handle: HidHandle | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let attempts = 0;

  const setState = (s: HidReaderState): void => {
    current = s;
    options.onState?.(s);
  };

  const emit = (reads: DecodedRead[]): void => {
    for (const r of reads) options.onRead(r);
  };

  const schedule = (lastError: string | null): void => {
    if (!running) return;
    attempts += 1;
    setState({ state: 'searching', attempts, lastError });
    const delay = Math.min(retry.maxMs, retry.firstMs * 2 ** Math.min(attempts - 1, 10));
    // eslint-disable-next-line no-restricted-syntax -- the USB device re-appears in real time, not on the desk's clock
    retryTimer = setTimeout(() => void attempt(), delay);
  };

  async function attempt(): Promise<void> {
    retryTimer = null;
    if (!running) return;
    let device: HidDeviceInfo | undefined;
    let opened: HidHandle;
    try {
      device = (await options.backend.devices()).find((d) => matchesTarget(d, options.target));
      if (!device) return schedule(null);
      opened = await options.backend.open(device);
    } catch (e) {
      log.debug('reader open failed', e);
      return schedule(e instanceof Error ? e.message : String(e));
    }
    if (!running) {
      await opened.close().catch(() => undefined);
      return;
    }
    handle = opened;
    attempts = 0;
    decoder.reset();
    let lost = false;
    opened.onData((report) => {
      if (lost) return;
      emit(decoder.feed(report, now()));
      if (idleTimer !== null) clearTimeout(idleTimer);
      const idleMs = options.decoder?.idleEndMs ?? 150;
      // eslint-disable-next-line no-restricted-syntax -- the reader's key reports arrive in real time
      idleTimer = setTimeout(() => emit(decoder.flush(now())), idleMs + 10);
    });
    opened.onError((e) => {
      if (lost) return;
      lost = true;
      log.info('card reader disconnected; waiting for it to come back', e instanceof Error ? e.message : e);
      if (handle === opened) handle = null;
      void opened.close().catch(() => undefined);
      emit(decoder.flush(Number.POSITIVE_INFINITY));
      // A replug takes a moment to enumerate: look again soon, then back off.
      schedule(e instanceof Error ? e.message : String(e));
    });
    log.info(`card reader open: ${device.product ?? 'HID device'} (${hex4(device.vendorId)}:${hex4(device.productId)})`);
    setState({ state: 'open', device });
  }

  return {
    start() {
      if (running) return;
      running = true;
      attempts = 0;
      void attempt();
    },
    async stop() {
      running = false;
      if (retryTimer !== null) clearTimeout(retryTimer);
      if (idleTimer !== null) clearTimeout(idleTimer);
      retryTimer = idleTimer = null;
      const h = handle;
      handle = null;
      setState({ state: 'stopped' });
      await h?.close().catch(() => undefined);
    },
    state: () => current,
  };
}

export const hex4 = (n: number): string => n.toString(16).padStart(4, '0');
