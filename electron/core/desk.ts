import { EventEmitter } from 'node:events';
import { createChangeFeed } from './changes';
import { dirname, join } from 'node:path';
import { doorLogHandlers } from './health/door-log';
import { roomGrid } from './bookings/room-grid';
import type { EventName, EventPayload } from '../../shared/ipc/events';
import { msg } from '../../shared/messages';
import { localDayBounds } from '../../shared/time/zoned';
import { accessHandlers } from './access/access.handlers';
import { auditHandlers } from './audit/audit.handlers';
import type { BackoffOptions } from './time/backoff';
import { createAccess } from './access/create-access';
import { importGuard, othersHolding } from './access/room-holds';
import { sifelyLockCloud } from './cloud/sifely-lock-cloud';
import { createRoomTypesRepo } from './db/repos/room-types.repo';
import { createDeskKeptRepo } from './db/repos/desk-kept.repo';
import { roomTypeHandlers } from './setup/room-types.handlers';
import { createNoShowsRepo } from './db/repos/no-shows.repo';
import { noShowHandlers } from './access/no-show.handlers';
import { bookingHandlers } from './bookings/bookings.handlers';
import { createCsvImport } from './bookings/csv-import';
import type { Resolve } from './bookings/feed-address';
import { createFeedSync } from './bookings/feeds';
import { healthHandlers } from './health/health.handlers';
import { createLockHealth } from './health/lock-health';
import { remoteUnlockHandlers } from './health/remote-unlock';
import { createManualBookings } from './bookings/manual';
import { createContactsRepo } from './db/repos/guest-contacts.repo';
import { createDelivery } from './delivery/delivery';
import { deliveryHandlers, withGuestContact } from './delivery/delivery.handlers';
import { memorySecrets, type DeliverySecrets } from './delivery/secrets';
import { closeDatabase, openDatabase } from './db/open';
import { createBookingEvents } from './db/repos/booking-events.repo';
import { createBookingsRepo } from './db/repos/bookings.repo';
import { createCredentialsRepo } from './db/repos/credentials.repo';
import { createFeedsRepo } from './db/repos/feeds.repo';
import { createImportMappingsRepo } from './db/repos/import-mappings.repo';
import { createPropertyRepo } from './db/repos/property.repo';
import { createRoomsRepo } from './db/repos/rooms.repo';
import { DEMO_ACCOUNT, seedDemoCloud, seedDemoStore } from './demo/sample-property';
import { createDispatcher, type DeskHandlers, type Dispatch } from './ipc/dispatch';
import { DeskError } from './ipc/desk-error';
import { createLogger } from './log';
import { diagnosticsHandlers, type DiagnosticsSetup } from './logging/diagnostics.handlers';
import type { HidBackend } from './reader/hid';
import { createNodeHidBackend } from './reader/node-hid-backend';
import { readerHandlers } from './reader/reader.handlers';
import { createReaderService } from './reader/service';
import { createReaderProfilesRepo } from './db/repos/reader-profiles.repo';
import type { HttpFetch } from './net/http-fetch';
import { createSifelyClient } from './sifely/client';
import type { LimiterSettings } from './sifely/limiter';
import { startSifelySimulator, type RunningSimulator } from './sifely-simulator/server';
import { createRoomMapping } from './setup/room-mapping';
import { createSettingsRepo } from './db/repos/settings.repo';
import { createSifelyAccountSetup, type SifelyCredentialSink } from './setup/sifely-account';
import { setupHandlers } from './setup/setup.handlers';
import type { SlipPrinter } from './slip/printer';
import { removeSlipsOf, sweepSlips } from './slip/slip-files';
import { slipHandlers } from './slip/slip.handlers';
import { guardHandlers } from './staff/policy';
import { createStaffSession } from './staff/session';
import { staffHandlers } from './staff/staff.handlers';
import { createAttention } from './access/attention';
import { createHeldChangesRepo } from './db/repos/held-changes.repo';
import { createStaffRepo } from './db/repos/staff.repo';
import type { Clock } from './time/clock';
import { createDeskTime, type DeskTime } from './time/desk-time';
import type { ClockStatus } from '../../shared/domain/clock';

const log = createLogger('desk');

export interface DeskConfig {
  /** SQLite file; created and migrated on first start. */
  dbFile: string;
  /**
   * The Sifely account. Absent → demo mode on the built-in simulator. `rateLimit` is for benchmarks
   * against a local simulator (desk overhead without the cloud's limit); absent = the client default (25/min, burst 5: never more than 30 in any minute, §8).
   */
  sifely?: { baseUrl?: string; account: string; password: string; rateLimit?: LimiterSettings };
  /** Demo mode's property time zone (default: the machine's). */
  timeZone?: string;
  /**
   * The machine's clocks (electron/main and the preview pass systemClock; tests fix the instant).
   * The desk never reads the time any other way.
   */
  clock: Clock;
  /** USB readers (default: node-hid). Tests plug in recorded devices. */
  readerBackend?: HidBackend;
  /** Lock-health tuning: the shortest gap between clerk-forced checks (default 20 s; 0 in demo mode). */
  lockHealth?: { minForcedMs?: number };
  /** Outbox tuning (tests and the reliability suite shorten the back-off). */
  access?: { backoff?: BackoffOptions; interactiveWaitMs?: number };
  /** Electron main's silent printing; absent (preview) → slips open in the browser's print view. */
  printer?: SlipPrinter;
  /**
   * Booking feeds: host names allowed to be on the LAN or loopback (feed-address.ts). Tests and
   * the preview's demo pass '127.0.0.1' for their local calendar server; the installed desk none.
   */
  feedAllowHosts?: readonly string[];
  /** Name resolution for booking feeds (default DNS); tests answer names without a DNS server. */
  feedResolve?: Resolve;
  /** Where the printer saves slips as PDF (the app data folder's slips/): deleted at checkout and after a day. */
  slipDir?: string;
  /** Where a Sifely account entered in setup is kept (main: the encrypted SecretStore); absent → memory only. */
  sifelyCredentialSink?: SifelyCredentialSink;
  /** The shell's orderly quit, for the manager's "Quit the desk" (Electron main); absent in the preview. */
  quit?: () => void;
  /**
   * The manager's diagnostics export: where it goes (default: exports/ beside the database, i.e.
   * in the data folder), the shell's log files (default none) and facts for support.
   */
  diagnostics?: Partial<DiagnosticsSetup>;
  /** HTTP for the Sifely cloud (net/http-fetch.ts): Electron's net.fetch in the app; absent → Node's fetch (tests, preview). Feeds use their own client (bookings/feed-http.ts). */
  fetch?: HttpFetch;
  /** Guest delivery: where the SMTP password and SMS token are kept (main: the encrypted SecretStore; absent → memory), and the scheduler's look interval. */
  delivery?: { secrets?: DeliverySecrets; tickMs?: number };
}

export interface Desk {
  dispatch: Dispatch;
  handlers: DeskHandlers;
  demo: boolean;
  /** The built-in simulator in demo mode (tests and training use its admin surface). */
  simulator: RunningSimulator | null;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** The desk's own sense of time: the PC's clock corrected by the cloud's answers. */
  time: DeskTime;
  /** Online backup of the live database to `file` (export diagnostics); safe while the desk runs. */
  backup(file: string): Promise<void>;
  close(): Promise<void>;
  /**
   * Closes the database synchronously, now: Windows is ending the session (shutdown, log-off) and
   * may end the process as soon as the shell's handler returns, or an orderly close() hangs.
   * Work still in flight fails against the closed file; the outbox treats such rows as unclear at
   * the next start and looks on the lock before sending again.
   */
  closeNow(): void;
}

/** The composition root: opens the store, starts the services, returns the IPC handler table. */
export async function createDesk(config: DeskConfig): Promise<Desk> {
  const demo = !config.sifely;
  const time = createDeskTime(config.clock, { cloudOnThisPc: demo });
  const now = time.now;
  const db = openDatabase(config.dbFile);
  const property = createPropertyRepo(db);
  const rooms = createRoomsRepo(db);
  const eventsLog = createLogger('booking-events');
  const bookings = createBookingsRepo(
    db,
    now,
    createBookingEvents(db, now, (e) => eventsLog.error('a booking-event listener failed', e)),
  );
  const credentials = createCredentialsRepo(db, now);

  let simulator: RunningSimulator | null = null;
  let sifelyConfig = config.sifely;
  if (!sifelyConfig) {
    // The demo's "cloud" runs on this PC, so its clock is the PC's own: demo mode never shows skew.
    simulator = await startSifelySimulator({ now: config.clock.wall });
    const timeZone = config.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const locks = seedDemoCloud(simulator.state);
    if (!property.get()) seedDemoStore({ property, rooms, bookings }, locks, { timeZone, nowMs: now() });
    sifelyConfig = { baseUrl: simulator.url, ...DEMO_ACCOUNT };
    log.info(`demo mode: simulator on ${simulator.url}`);
  }
  // The client stamps `date` with the same clock the demo simulator checks it against (§4).
  // Demo mode talks to the local simulator, which has no rate limit by default: the client
  // limiter (25/min, §8) only throttles the real cloud.
  const sifely = createSifelyClient({
    ...sifelyConfig,
    time,
    ...(demo ? { rateLimit: { perMinute: 0 } } : {}),
    ...(config.fetch ? { fetch: config.fetch } : {}),
  });

  const emitter = new EventEmitter();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>): void => {
    emitter.emit(event, payload);
  };
  const changed = createChangeFeed((change) => emit('desk:changed', change));
  const lockCloud = sifelyLockCloud(sifely);
  const access = createAccess({
    db,
    bookings,
    rooms,
    credentials,
    cloud: lockCloud,
    time,
    changed,
    timeZone: () => property.get()?.timeZone ?? null,
    ...config.access,
  });

  // The card reader: HID cards and keyboard-wedge reads meet in one service. HID cards reach the
  // renderer as 'reader:card'; a wedge read's card comes back in the reply to its own request.
  const reader = createReaderService({
    profiles: createReaderProfilesRepo(db, now),
    backend: config.readerBackend ?? createNodeHidBackend(),
    cloud: lockCloud,
    locks: () => [
      ...new Map(
        rooms
          .listRooms()
          .flatMap((r) => [r.door, ...r.sharedDoors])
          .map((d) => [d.lockId, { lockId: d.lockId, name: d.name }]),
      ).values(),
    ],
    now,
    monotonic: time.monotonic,
    onCard: (card) => emit('reader:card', card),
    onChanged: () => emit('reader:changed', {}),
  });
  await reader.start();

  const requireProperty = () => {
    const p = property.get();
    if (!p) throw new DeskError('unavailable', msg('setup.notSetUp'));
    return p;
  };

  const feeds = createFeedsRepo(db, now);
  const held = createHeldChangesRepo(db, now);
  const kept = createDeskKeptRepo(db, now);
  const guard = importGuard({ bookings, rooms, credentials, held, kept });
  const settingsLog = createLogger('settings');
  const settings = createSettingsRepo(db, now, (message) => settingsLog.warn(message));
  // Feeds are fetched by the core's own client, never the shell's (feed-http.ts: the address
  // checked must be the one connected to); the manager's LAN host is read at each refresh.
  const feedSync = createFeedSync({
    db,
    bookings,
    feeds,
    property: requireProperty,
    now,
    every: time.every,
    guard,
    held,
    changed: () => changed({ bookings: true }),
    addresses: () => ({ allowHosts: config.feedAllowHosts ?? [], lanHost: settings.get().feedLanHost }),
    ...(config.feedResolve ? { resolve: config.feedResolve } : {}),
  });
  // iCal feeds refresh every 15 minutes (Airbnb itself refreshes exports about hourly).
  feedSync.start(15 * 60_000);

  // Lock health beside each room: a background cache, refreshed every few minutes (§8 budget). The
  // demo simulator has no rate limit, so there a clerk's "check now" always asks.
  const health = createLockHealth({
    db,
    rooms,
    cloud: lockCloud,
    now,
    monotonic: time.monotonic,
    after: time.after,
    changed: () => changed({ health: true }),
    ...(demo ? { minForcedMs: 0 } : {}),
    ...config.lockHealth,
  });
  health.start();

  // Staff PINs and roles: the session lives here, and every handler is checked against it (staff/policy.ts).
  const staffRepo = createStaffRepo(db, now);
  const session = createStaffSession({
    staff: staffRepo,
    monotonic: time.monotonic,
    idleMs: () => settings.get().idleLockMinutes * 60_000,
    openWhenEmpty: demo,
    // Every lockout goes in the audit log, under the name whose PIN was being tried.
    onLockout: (lockout, staffName) =>
      access.audit.add({
        staff: staffName,
        action: 'staff-lockout',
        bookingId: null,
        detail:
          lockout.kind === 'pause'
            ? msg('audit.pinPaused', { count: lockout.failures, minutes: lockout.minutes })
            : msg('audit.pinManagerOnly', { count: lockout.failures }),
        result: 'failed',
      }),
  });

  const attention = createAttention({
    bookings,
    rooms,
    held,
    engine: access.engine,
    audit: access.audit,
    now,
    sourceName: (source) => {
      const feedId = /^feed:(\d+)$/.exec(source)?.[1];
      return (feedId && feeds.get(Number(feedId))?.name) || source;
    },
    // Guest delivery (below) is made after the list; it is asked only when the list is read.
    codesHeld: () => delivery.codesHeld(),
  });
  // Guest delivery follows the engine from outside: every change of a booking (credentials
  // settled, stay moved, cancelled) is reconciled with what the guest has been sent.
  const deliverySecrets = config.delivery?.secrets ?? memorySecrets();
  const delivery = createDelivery({
    db,
    bookings,
    credentials,
    rooms,
    engine: access.engine,
    property: () => property.get(),
    passcodeLength: () => settings.get().passcodeLength,
    time,
    secrets: deliverySecrets,
    ...(config.fetch ? { fetch: config.fetch } : {}),
    ...(config.delivery?.tickMs ? { tickMs: config.delivery.tickMs } : {}),
    ...(config.access?.backoff ? { backoff: config.access.backoff } : {}),
    changed: (bookingId) => changed({ access: bookingId }),
  });
  emitter.on('desk:changed', ({ access, bookings: bookingsChanged }: EventPayload<'desk:changed'>) => {
    for (const bookingId of access) delivery.onBookingChanged(bookingId);
    delivery.reconsider(bookingsChanged, access);
  });
  delivery.start();

  const roomTypes = createRoomTypesRepo(db);
  const exportsDir = config.diagnostics?.outDir ?? join(dirname(config.dbFile), 'exports');
  const table = {
    ...healthHandlers(health),
    ...roomTypeHandlers({ types: roomTypes, rooms, audit: access.audit, staff: session.currentStaff }),
    ...remoteUnlockHandlers({ doors: rooms, cloud: lockCloud, audit: access.audit, currentStaff: session.currentStaff, now }),
    ...doorLogHandlers({
      doors: rooms,
      listRecords: sifely.listRecords,
      queryOpenState: (lockId, opts) => sifely.queryOpenState(lockId, opts),
      now,
      monotonic: time.monotonic,
      whose(label, secret, isCard) {
        const c = (label ? credentials.byLabel(label) : null) ?? (isCard && secret ? (credentials.byCardNumber(secret)[0] ?? null) : null);
        const b = c ? bookings.get(c.bookingId) : null;
        return b ? { bookingId: b.id, guestName: b.guestName } : null;
      },
      stayOf(bookingId) {
        const b = bookings.get(bookingId);
        if (!b) return null;
        // The stay as the guest's cards and codes had it: an early start or an extension counts too.
        const held = credentials.forBooking(bookingId);
        return {
          fromMs: Math.min(b.arrivalMs, ...held.map((c) => c.startMs)),
          toMs: Math.max(b.departureMs, ...held.map((c) => c.endMs)),
          doorIds: [...new Set(held.map((c) => c.doorId))],
        };
      },
    }),
    'desk:status': () => ({ property: requireProperty(), demo, nowMs: now(), clock: clockStatus() }),
    ...readerHandlers(reader, { demo, audit: access.audit, staff: session.currentStaff }),
    'booking:today': () => bookings.today(localDayBounds(now(), requireProperty().timeZone)),
    'booking:grid': () =>
      roomGrid({
        bookings,
        rooms,
        now,
        timeZone: () => requireProperty().timeZone,
        hasFailedAccess: (id) => credentials.forBooking(id).some((c) => c.state === 'failed'),
      }),
    ...bookingHandlers({
      db,
      bookings,
      rooms,
      feeds,
      feedSync,
      property: requireProperty,
      manual: createManualBookings({
        db,
        bookings,
        rooms,
        kept,
        holders: (roomId, fromMs, toMs, selfId) => othersHolding({ bookings, rooms, credentials }, roomId, fromMs, toMs, selfId),
      }),
      csv: createCsvImport({
        db,
        bookings,
        rooms,
        mappings: createImportMappingsRepo(db, now),
        roomTypes,
        property: requireProperty,
        now,
        guard,
        held,
        contacts: createContactsRepo(db, now),
      }),
    }),
    'attention:list': () => ({ items: attention.list() }),
    'attention:resolve': async ({ heldId, confirm }) => {
      if (confirm) return { booking: await attention.confirm(heldId, session.currentStaff()) };
      attention.reject(heldId, session.currentStaff());
      changed({ bookings: true });
      return { booking: null };
    },
    ...accessHandlers(access.engine, access.outbox, {
      cardEndpoint: () => reader.profile().card.endpoint,
      reconcile: access.reconcile,
      currentStaff: session.currentStaff,
      passcodeLength: () => settings.get().passcodeLength,
    }),
    // After accessHandlers on purpose: its booking:get (the detail with the no-show mark) replaces the plain one.
    ...noShowHandlers(access.engine, createNoShowsRepo(db), session.currentStaff),
    ...slipHandlers({
      detail: access.engine.detail,
      property: requireProperty,
      settings,
      credentials,
      audit: access.audit,
      staff: session.currentStaff,
      now,
      printer: config.printer ?? null,
    }),
    ...staffHandlers({ staff: staffRepo, session, audit: access.audit }),
    ...auditHandlers({
      audit: access.audit,
      timeZone: () => requireProperty().timeZone,
      now,
      staff: session.currentStaff,
      outDir: exportsDir,
    }),
    ...diagnosticsHandlers({
      setup: { outDir: exportsDir, logFiles: () => [], ...config.diagnostics, info: { demo, ...config.diagnostics?.info } },
      backup: (file) => db.backup(file),
      now,
      audit: access.audit,
      staff: session.currentStaff,
    }),
    ...setupHandlers({
      demo,
      property,
      rooms,
      mapping: createRoomMapping(db, rooms),
      settings,
      account: createSifelyAccountSetup(config.sifelyCredentialSink ?? null, time, config.fetch),
      cloud: lockCloud,
      printer: config.printer ?? null,
      audit: access.audit,
      staff: session.currentStaff,
      quit: config.quit ?? null,
    }),
    ...deliveryHandlers({
      delivery,
      kept,
      secrets: deliverySecrets,
      bookingExists: (id) => bookings.get(id) !== null,
      propertyName: () => property.get()?.name ?? '',
      language: () => settings.get().language,
    }),
  } satisfies DeskHandlers;
  table['booking:create'] = withGuestContact(db, delivery.contacts, table['booking:create']);
  // Saved slips carry door codes: gone at checkout or cancellation (after the engine has taken
  // the access back), and none older than a day, checked at start and every hour.
  const slipDir = config.slipDir;
  if (slipDir) {
    for (const channel of ['access:check-out', 'access:cancel'] as const) {
      const inner = table[channel];
      table[channel] = async (request) => {
        const result = await inner(request);
        removeSlipsOf(slipDir, request.bookingId);
        return result;
      };
    }
  }
  const sweep = (): void => {
    if (slipDir) sweepSlips(slipDir, now());
  };
  sweep();
  const stopSlipSweep = time.every(3_600_000, sweep, { unref: true });
  const handlers = guardHandlers(session, table);

  // The clock banner: said when the cloud's answers show the PC's clock is off, and re-checked
  // every 15 s so a clock moved after the last answer is noticed too.
  const clockStatus = (): ClockStatus => ({ pcAheadMs: time.skewed() ? time.pcAheadMs() : null });
  const stopSkewWatch = time.onSkewChange(() => emit('desk:clock', clockStatus()));
  const stopSkewTimer = time.every(15_000, () => time.skewed(), { unref: true });

  let dbClosed = false;
  const closeDbOnce = (): void => {
    if (dbClosed) return;
    dbClosed = true;
    closeDatabase(db);
  };

  return {
    dispatch: createDispatcher(handlers),
    handlers,
    demo,
    simulator,
    time,
    on(event, listener) {
      emitter.on(event, listener);
      return () => emitter.off(event, listener);
    },
    async backup(file) {
      await db.backup(file);
    },
    async close() {
      stopSkewTimer();
      stopSlipSweep();
      stopSkewWatch();
      // After closeNow() the services still stop here (timers, simulator); only the file is already closed.
      await reader.stop();
      await feedSync.stop();
      await health.stop();
      await delivery.stop();
      await access.stop();
      emitter.removeAllListeners();
      await simulator?.close();
      closeDbOnce();
    },
    closeNow: closeDbOnce,
  };
}
