import { describe, expect, it } from 'vitest';
import { until } from './demo-desk';
import { demoStores } from './store-demo';

const demo = demoStores();

describe('the renderer’s reader slice', () => {
  it('a demo tap is handled like a card (whose card is this?), unless a calibration is waiting for it', async () => {
    const { store, asked } = await demo();
    const s = store.getState();
    await s.loadReader();
    const status = store.getState().readerStatus;
    expect(status).not.toBeNull();

    await s.demoTap(false);
    const card = store.getState().lastDemoCard;
    expect(card).toMatch(/^\d+$/);
    await until(() => store.getState().identified !== null);
    expect(store.getState().identified).toMatchObject({ cardNumber: card });
    s.dismissIdentified();

    // The tap that calibrates belongs to the calibration, not to the desk behind the Reader panel.
    const lockId = status!.locks[0]!.lockId;
    s.startCalibration(lockId);
    expect(store.getState().calibration).toMatchObject({ step: 'waiting', lockId });
    const identifies = asked('access:identify-card');
    await s.demoTap(false);
    expect(asked('access:identify-card')).toBe(identifies);
    expect(store.getState().identified).toBeNull();
    // Main said 'reader:changed' (the renderer reloads the status): the new read is checked against the lock.
    await s.loadReader();
    expect(asked('reader:calibrate')).toBe(1);
    expect(store.getState().calibration.step).not.toBe('waiting');
    s.stopCalibration();
    expect(store.getState().calibration).toEqual({ step: 'idle' });
  });

  it('a wedge burst that is not a card is explained; a typed card number goes where a tap would', async () => {
    const { store } = await demo();
    const s = store.getState();
    await s.keyboardRead('12');
    expect(store.getState().notice).toMatchObject({ tone: 'info', msg: { key: 'reader.tapAgain' } });

    const typed = await s.typedCard('3661413478');
    expect(typed).toMatchObject({ ok: true, value: { accepted: true, cardNumber: '3661413478' } });
    await until(() => store.getState().identified !== null);
    expect(store.getState().identified).toMatchObject({ cardNumber: '3661413478' });
  });
});
