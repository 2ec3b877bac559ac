import { useEffect, useState } from 'react';
import type { CardProfile } from '../../../../shared/cards/profile';
import type { ReaderProfile } from '../../../../shared/cards/reader-profile';
import { ENDPOINT_TEXT, FORMAT_TEXT, ORDER_TEXT, ZEROS_TEXT } from './labels';
import { useReader } from './readerStore';

function Choice<K extends string>({ label, value, options, onChange }: { label: string; value: K; options: Record<K, string>; onChange: (v: K) => void }) {
  return (
    <label className="reader-choice">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as K)}>
        {(Object.keys(options) as K[]).map((k) => (
          <option key={k} value={k}>
            {options[k]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The profile by hand, for a manager who knows the reader's settings (calibration is easier). */
export function ProfileSection({ profile }: { profile: ReaderProfile }) {
  const save = useReader((s) => s.save);
  const [card, setCard] = useState<CardProfile>(profile.card);
  useEffect(() => setCard(profile.card), [profile.card]);
  const set = <K extends keyof CardProfile>(k: K) => (v: CardProfile[K]) => setCard((c) => ({ ...c, [k]: v }));
  const changed = JSON.stringify(card) !== JSON.stringify(profile.card);
  return (
    <section className="reader-section" aria-labelledby="reader-profile">
      <h3 id="reader-profile">Card number profile</h3>
      <p className="muted">
        {profile.calibration ? `Calibrated ${new Date(profile.calibration.atMs).toLocaleString()} with card ${profile.calibration.cardNumber}.` : 'Not calibrated yet.'}
      </p>
      <div className="reader-grid">
        <Choice label="Reader output" value={card.format} options={FORMAT_TEXT} onChange={set('format')} />
        <Choice label="Byte order" value={card.byteOrder} options={ORDER_TEXT} onChange={set('byteOrder')} />
        <Choice label="Leading zeros" value={card.leadingZeros} options={ZEROS_TEXT} onChange={set('leadingZeros')} />
        <Choice label="Sifely endpoint" value={card.endpoint} options={ENDPOINT_TEXT} onChange={set('endpoint')} />
      </div>
      <button type="button" className="btn btn-secondary" disabled={!changed} onClick={() => void save({ ...profile, card, calibration: null })}>
        Save profile
      </button>
    </section>
  );
}
