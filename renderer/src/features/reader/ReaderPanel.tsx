import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { HidDevice, ReaderStatus } from '../../../../shared/cards/reader-profile';
import { words } from '../../i18n/words';
import { CalibrationSection } from './CalibrationSection';
import { useFormat } from '../../ui/format';
import { hex4 } from './labels';
import { ProfileSection } from './ProfileSection';
import { useDesk } from '../../store';
import './reader.css';

function NowSection({ status }: { status: ReaderStatus }) {
  const { t } = useTranslation();
  const f = useFormat();
  const last = status.lastRead;
  const problem = status.hid.problem ? words(status.hid.problem) : null;
  return (
    <section className="reader-section" aria-labelledby="reader-now">
      <h3 id="reader-now">{t('reader.now')}</h3>
      <dl className="reader-facts">
        <dt>{t('reader.source')}</dt>
        <dd data-testid="reader-source">{status.activeSource === 'hid' ? t('reader.sourceHid') : t('reader.sourceKeyboard')}</dd>
        {status.hid.state !== 'off' && (
          <>
            <dt>{t('reader.usb')}</dt>
            <dd>
              {status.hid.state === 'open'
                ? t('reader.connected', { device: status.hid.device?.product ?? t('reader.hidDevice') })
                : t('reader.notConnected', { why: problem ?? t('reader.waiting') })}
            </dd>
          </>
        )}
        <dt>{t('reader.lastCard')}</dt>
        <dd data-testid="reader-last">
          {!last
            ? t('reader.noneYet')
            : last.cardNumber
              ? t('reader.lastRead', { card: last.cardNumber, time: f.timeSeconds(last.atMs), source: t(`reader.via.${last.source}`) })
              : t('reader.ignored', { time: f.timeSeconds(last.atMs), why: last.reason ? words(last.reason) : t('reader.notACardNumber') })}
        </dd>
      </dl>
    </section>
  );
}

function DevicesSection({ status }: { status: ReaderStatus }) {
  const { t } = useTranslation();
  const devices = useDesk((s) => s.readerDevices);
  const devicesProblem = useDesk((s) => s.readerDevicesProblem);
  const problem = devicesProblem && words(devicesProblem);
  const loadDevices = useDesk((s) => s.loadReaderDevices);
  const save = useDesk((s) => s.saveReaderProfile);
  const use = (d: HidDevice | null) =>
    void save({
      ...status.profile,
      name: d ? (d.product ?? `USB reader ${hex4(d.vendorId)}:${hex4(d.productId)}`) : 'Keyboard reader',
      source: d ? 'hid' : 'keyboard',
      // Vendor-defined usage pages (0xFF00+) carry raw reports, not keystrokes.
      device: d
        ? {
            vendorId: d.vendorId,
            productId: d.productId,
            ...(d.usagePage !== null ? { usagePage: d.usagePage } : {}),
            reportMode: (d.usagePage ?? 0) >= 0xff00 ? 'vendor' : 'keyboard',
          }
        : null,
    });
  const current = status.profile.device;
  return (
    <section className="reader-section" aria-labelledby="reader-devices">
      <h3 id="reader-devices">{t('reader.devices')}</h3>
      {problem && <p className="muted">{problem}</p>}
      {devices.length === 0 ? (
        <p className="muted" data-testid="reader-no-devices">
          {t('reader.noDevices')}
        </p>
      ) : (
        <ul className="reader-devices">
          {devices.map((d) => {
            const chosen =
              current?.vendorId === d.vendorId &&
              current.productId === d.productId &&
              (current.usagePage === undefined || current.usagePage === d.usagePage);
            return (
              <li key={`${d.vendorId}:${d.productId}:${d.interface}:${d.usagePage ?? ''}`}>
                <span>
                  {d.product ?? t('reader.hidDevice')} <span className="muted">{`${hex4(d.vendorId)}:${hex4(d.productId)}`}</span>
                </span>
                <button type="button" className="btn btn-secondary" disabled={chosen} onClick={() => use(d)}>
                  {chosen ? t('reader.inUse') : t('reader.useThis')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="reader-row">
        <button type="button" className="btn btn-secondary" onClick={() => void loadDevices()}>
          {t('reader.lookAgain')}
        </button>
        {status.profile.source === 'hid' && (
          <button type="button" className="btn btn-secondary" onClick={() => use(null)}>
            {t('reader.keyboardOnly')}
          </button>
        )}
      </div>
    </section>
  );
}

/** The Reader settings panel: devices, active source, last card, profile and calibration. */
export function ReaderPanel() {
  const { t } = useTranslation();
  const status = useDesk((s) => s.readerStatus);
  const error = useDesk((s) => s.readerError);
  useEffect(() => {
    const { loadReader, loadReaderDevices } = useDesk.getState();
    void loadReader();
    void loadReaderDevices();
    return () => useDesk.getState().stopCalibration();
  }, []);
  if (!status) return <p role="status">{error ?? t('reader.loading')}</p>;
  return (
    <div className="reader-panel">
      {error && (
        <p role="alert" className="reader-error">
          {error}
        </p>
      )}
      <NowSection status={status} />
      <CalibrationSection status={status} />
      <ProfileSection profile={status.profile} />
      <DevicesSection status={status} />
    </div>
  );
}
