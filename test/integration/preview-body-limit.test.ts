import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../shared/domain/booking-import';
import { MAX_INVOKE_BODY_BYTES, startPreviewServer, type RunningPreview } from '../../electron/preview/server';
import { openDemoDesk } from './demo-desk';

let preview: RunningPreview;
let closeDesk: () => Promise<void>;
let staticDir: string;
beforeAll(async () => {
  const { desk, close } = await openDemoDesk();
  closeDesk = close;
  staticDir = mkdtempSync(join(tmpdir(), 'desk-static-'));
  preview = await startPreviewServer({ desk, staticDir });
});
afterAll(async () => {
  await preview.close();
  await closeDesk();
  rmSync(staticDir, { recursive: true, force: true });
});

const invoke = async (channel: string, body: string): Promise<{ ok: boolean; code?: string; value?: unknown }> => {
  const res = await fetch(`${preview.url}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: preview.url },
    body,
  });
  return (await res.json()) as { ok: boolean; code?: string };
};

/** A CSV of `bytes` or so: one header, then the same booking line under fresh references. */
function bigCsv(bytes: number): string {
  const lines = ['Book number;Guest name;Room;Check-in;Check-out;Status;Remarks'];
  let size = lines[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const line = `${4_000_000_000 + i};Guest ${i};101;26.03.2027;30.03.2027;ok;${'x'.repeat(60)}`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

describe('the preview server’s request limit', () => {
  it('matches the renderer’s 10 MB file limit: a CSV well past the old 256 KB is read', async () => {
    // A full 10 MB file in base64 and JSON fits; the request below is 2 MB (the machine is shared).
    expect(MAX_INVOKE_BODY_BYTES).toBeGreaterThan(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 1024);
    const csv = Buffer.from(bigCsv(2 * 1024 * 1024));
    const r = await invoke('import:csv-preview', JSON.stringify({ source: 'Booking.com', dataBase64: csv.toString('base64') }));
    expect(r).toMatchObject({ ok: true });
    expect((r.value as { rows: unknown[] }).rows.length).toBeGreaterThan(0);
  });

  it('still refuses a body past the limit, as a bad request rather than a crash', async () => {
    const r = await invoke('import:csv-preview', JSON.stringify({ source: 'x', dataBase64: 'A'.repeat(MAX_INVOKE_BODY_BYTES) }));
    expect(r).toMatchObject({ ok: false, code: 'invalid-request' });
    // The server is still there.
    expect((await invoke('desk:status', '{}')).ok).toBe(true);
  });
});
