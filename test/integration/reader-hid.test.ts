import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHidReader, type HidReader, type HidReaderState } from '../../electron/core/reader/hid';
import { setLogLevel } from '../../electron/core/log';
import { loadRecording, RecordedReader } from '../fixtures/hid/recorded';

setLogLevel('warn');

describe('HID transport with a recorded reader', () => {
  let reader: HidReader | null = null;
  afterEach(async () => {
    await reader?.stop();
    reader = null;
  });

  function start(device: RecordedReader, rec = loadRecording('keyboard-keyup')) {
    const reads: string[] = [];
    const states: HidReaderState['state'][] = [];
    reader = createHidReader({
      backend: device,
      target: { vendorId: rec.device.vendorId, productId: rec.device.productId },
      decoder: rec.decoder,
      onRead: (r) => reads.push(r.text),
      onState: (s) => states.push(s.state),
      retry: { firstMs: 5, maxMs: 20 },
      now: () => performance.now(),
    });
    reader.start();
    return { reads, states };
  }

  it('opens the configured reader and turns its reports into reads', async () => {
    const rec = loadRecording('keyboard-keyup');
    const device = new RecordedReader({ ...rec.device, path: '/dev/hidraw-test' });
    const { reads } = start(device, rec);
    await vi.waitFor(() => expect(reader!.state().state).toBe('open'));
    await device.tap(rec);
    expect(reads).toEqual(rec.expect);
  });

  it('reopens after the reader is unplugged mid-read and plugged back, losing no later tap', async () => {
    const rec = loadRecording('keyboard-keyup');
    const device = new RecordedReader({ ...rec.device, path: '/dev/hidraw-test' });
    const { reads, states } = start(device, rec);
    await vi.waitFor(() => expect(device.isOpen).toBe(true));

    await device.tap(rec, 7); // a few keys of the first card, then the cable is pulled
    device.unplug();
    expect(reader!.state().state).toBe('searching');
    await new Promise((ok) => setTimeout(ok, 50)); // it keeps looking while unplugged
    expect(device.opens).toBe(1);

    device.failNextOpen = 'device busy while enumerating';
    device.plug();
    await vi.waitFor(() => expect(device.isOpen).toBe(true));
    expect(device.opens).toBe(2);
    await device.tap(rec);
    // The half-read before the unplug is not a card (3 digits); the full taps after it are.
    expect(reads.slice(-2)).toEqual(rec.expect);
    expect(reads.slice(0, -2).every((r) => r.length < 10)).toBe(true);
    expect(states).toContain('searching');
    expect(states.at(-1)).toBe('open');
  });

  it('ignores other HID devices and keeps looking for the configured one', async () => {
    const rec = loadRecording('keyboard-keyup');
    const other = new RecordedReader({ ...rec.device, productId: 0x9999, path: '/dev/hidraw-other' });
    const { states } = start(other, rec);
    await new Promise((ok) => setTimeout(ok, 40));
    expect(other.opens).toBe(0);
    expect(states.filter((s) => s === 'searching').length).toBeGreaterThan(1);
  });

  it('stops cleanly: the handle is closed and no retry runs afterwards', async () => {
    const rec = loadRecording('vendor-report-id');
    const device = new RecordedReader({ ...rec.device, path: '/dev/hidraw-vendor' });
    const { reads } = start(device, rec);
    await vi.waitFor(() => expect(device.isOpen).toBe(true));
    await device.tap(rec);
    expect(reads).toEqual(rec.expect);
    await reader!.stop();
    expect(device.isOpen).toBe(false);
    device.unplug();
    device.plug();
    await new Promise((ok) => setTimeout(ok, 30));
    expect(device.opens).toBe(1);
  });
});
