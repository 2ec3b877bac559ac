import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardProfile } from '../../../../shared/cards/profile';
import type { ReaderProfile } from '../../../../shared/cards/reader-profile';
import { useFormat } from '../../ui/format';
import { ENDPOINTS, FORMATS, ORDERS, ZEROS } from './labels';
import { useDesk } from '../../store';

function Choice<K extends string>({
  label,
  value,
  options,
  words,
  onChange,
}: {
  label: string;
  value: K;
  options: readonly K[];
  words: (k: K) => string;
  onChange: (v: K) => void;
}) {
  return (
    <label className="reader-choice">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as K)}>
        {options.map((k) => (
          <option key={k} value={k}>
            {words(k)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The profile by hand, for a manager who knows the reader's settings (calibration is easier). */
export function ProfileSection({ profile }: { profile: ReaderProfile }) {
  const { t } = useTranslation();
  const f = useFormat();
  const save = useDesk((s) => s.saveReaderProfile);
  const [card, setCard] = useState<CardProfile>(profile.card);
  useEffect(() => setCard(profile.card), [profile.card]);
  const set =
    <K extends keyof CardProfile>(k: K) =>
    (v: CardProfile[K]) =>
      setCard((c) => ({ ...c, [k]: v }));
  const changed = JSON.stringify(card) !== JSON.stringify(profile.card);
  return (
    <section className="reader-section" aria-labelledby="reader-profile">
      <h3 id="reader-profile">{t('reader.profile.title')}</h3>
      <p className="muted">
        {profile.calibration
          ? t('reader.profile.calibrated', { when: f.dateTime(profile.calibration.atMs), card: profile.calibration.cardNumber })
          : t('reader.profile.notCalibrated')}
      </p>
      <p className="muted">{t('reader.profile.intro')}</p>
      <div className="reader-grid">
        <Choice
          label={t('reader.profile.output')}
          value={card.format}
          options={FORMATS}
          words={(k) => t(`reader.format.${k}`)}
          onChange={set('format')}
        />
        <Choice
          label={t('reader.profile.byteOrder')}
          value={card.byteOrder}
          options={ORDERS}
          words={(k) => t(`reader.order.${k}`)}
          onChange={set('byteOrder')}
        />
        <Choice
          label={t('reader.profile.leadingZeros')}
          value={card.leadingZeros}
          options={ZEROS}
          words={(k) => t(`reader.zeros.${k}`)}
          onChange={set('leadingZeros')}
        />
        <Choice
          label={t('reader.profile.endpoint')}
          value={card.endpoint}
          options={ENDPOINTS}
          words={(k) => t(`reader.endpoint.${k}`)}
          onChange={set('endpoint')}
        />
      </div>
      <button
        type="button"
        className="btn btn-secondary"
        disabled={!changed}
        onClick={() => void save({ ...profile, card, calibration: null })}
      >
        {t('reader.profile.save')}
      </button>
    </section>
  );
}
