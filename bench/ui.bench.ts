/**
 * The whole check-in through the UI (docs/product.md "Performance targets": card + passcode on 2 doors, zero-latency simulator,
 * p95 < 150 ms): the built renderer in Debian's Chromium, served by the preview server over the
 * same dispatcher ipcMain uses, a real desk on a real SQLite file, the simulator over HTTP.
 * Timed inside the page: from the reader's Enter (the end of the card burst) until both doors show
 * the card as issued; then, when the UI offers a passcode action, from its click until both doors
 * show the code too. Run alone: npx tsx bench/ui.bench.ts
 */
import { chromium, type Page } from '@playwright/test';
import { setLogLevel } from '../electron/core/log';
import { startPreviewServer } from '../electron/preview/server';
import { cardFor, openBenchDesk, seedProperty } from './property';
import { ms, summarize, type SummaryRow } from './stats';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts an in-page clock at `start` (Enter keydown or a click) and stops it when `issued` credentials are shown. */
/**
 * Starts an in-page clock at `start` (the reader's Enter, or a press) and stops it when `issued`
 * credentials are shown. Passed as source text: tsx's name-keeping helpers do not exist in the page.
 */
function armTimer(page: Page, start: 'enter' | 'click', issued: number): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve, reject) => {
    let t0 = 0;
    // The reader's wedge swallows its keys before any page listener, so Enter is marked by the
    // bench itself just before the key is sent (window.__benchT0), which can only overstate.
    window.__benchT0 = 0;
    if ('${start}' === 'click') window.addEventListener('pointerdown', () => (t0 = performance.now()), { capture: true, once: true });
    const obs = new MutationObserver(() => {
      if ('${start}' === 'enter') t0 = window.__benchT0;
      if (t0 > 0 && document.querySelectorAll('[data-door] [data-state="issued"]').length >= ${issued}) {
        obs.disconnect();
        resolve(performance.now() - t0);
      }
    });
    obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    setTimeout(() => reject(new Error('no ${issued} issued credentials within 10 s')), 10000);
  })`);
}

export async function runUiBench(staticDir: string, samples = 20): Promise<SummaryRow[]> {
  setLogLevel('error');
  const p = await seedProperty({ twoDoorRooms: samples + 2 });
  const desk = await openBenchDesk({ clock: p.clock, dbFile: p.dbFile, sifely: { ...p.sifely, rateLimit: { perMinute: 0 } } });
  const preview = await startPreviewServer({ desk, staticDir });
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ARGS });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(preview.url);
  const card: number[] = [];
  const whole: number[] = [];
  let withCode = false;
  let retries = 0;
  try {
    for (let i = 0; i < samples + 2; i++) {
      const room = p.rooms[i]!;
      await page
        .getByRole('button', { name: new RegExp(room.guestName) })
        .first()
        .click();
      await page.getByRole('heading', { level: 1, name: room.guestName }).waitFor();
      await page.getByRole('button', { name: 'Issue card' }).click();
      await page.getByText('Tap the guest’s card on the reader').waitFor();
      // A reader burst split by a busy CPU is refused by the wedge as a short read ("tap again"),
      // as a clerk would see it; that tap is retried and only a complete read is timed.
      let c = NaN;
      for (let attempt = 0; attempt < 4 && Number.isNaN(c); attempt++) {
        const cardTimer = armTimer(page, 'enter', 2);
        cardTimer.catch(() => undefined);
        await page.keyboard.type(cardFor(i), { delay: 0 });
        await page.evaluate('window.__benchT0 = performance.now()');
        await page.keyboard.press('Enter');
        c = await Promise.race([cardTimer, new Promise<number>((res) => setTimeout(() => res(NaN), 3_000))]);
        if (Number.isNaN(c)) retries++;
      }
      if (Number.isNaN(c)) {
        await page.screenshot({ path: '/tmp/ui-bench-fail.png' });
        throw new Error(`card for ${room.guestName} not shown as issued after 4 taps (screenshot /tmp/ui-bench-fail.png)`);
      }
      let total = c;
      const codeButton = page.getByRole('button', { name: /passcode|code/i }).first();
      if (await codeButton.isVisible().catch(() => false)) {
        withCode = true;
        const codeTimer = armTimer(page, 'click', 4);
        await codeButton.click();
        total += await codeTimer;
      }
      // The first two are warm-up (first paint of the panel, JIT, the client's sign-in).
      if (i >= 2) {
        card.push(c);
        whole.push(total);
      }
    }
  } finally {
    await browser.close();
    await preview.close();
    await desk.close();
    await p.close();
  }
  const s = summarize(whole);
  const k = summarize(card);
  return [
    {
      what: withCode
        ? 'Whole check-in through the UI, card + passcode, 2 doors, zero latency'
        : 'Whole check-in through the UI, card on 2 doors, zero latency',
      target: 'p95 < 150 ms',
      median: ms(s.median),
      p95: ms(s.p95),
      pass: s.p95 < 150 && withCode ? true : s.p95 < 150 ? null : false,
      note: withCode
        ? `Chromium + preview server, reader Enter → both doors show card (median ${ms(k.median)}), + code click → both show code; n=${s.n}`
        : `Chromium + preview server, reader Enter → both doors show the card issued; n=${s.n}${retries ? `, ${retries} split read(s) re-tapped` : ''}. The UI has no passcode action yet, so the passcode half is not measured here (via IPC it is in the row above)`,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { markdownTable } = await import('./stats');
  const { buildRenderer } = await import('./core.bench');
  const dir = buildRenderer();
  try {
    console.log(markdownTable(await runUiBench(dir.path, Number(process.argv[2] ?? 20))));
  } finally {
    dir.remove();
  }
}
