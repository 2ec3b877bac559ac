import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../../store';
import { words } from '../../i18n/words';
import { useIsManager } from '../staff/useIsManager';

/**
 * The manager's way round a broken reader: the card's number typed by hand. The core checks it
 * (digits only, 4–20) and records who typed which number in the audit log; an accepted number
 * then goes where a tap would (the card being issued, or "whose card is this?").
 */
export function TypedCard() {
  const { t } = useTranslation();
  const manager = useIsManager();
  const typedCard = useDesk((s) => s.typedCard);
  const [open, setOpen] = useState(false);
  const [digits, setDigits] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!manager) return null;
  if (!open)
    return (
      <button type="button" className="btn btn-secondary btn-small" onClick={() => setOpen(true)}>
        {t('typed.open')}
      </button>
    );
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    const r = await typedCard(digits.trim());
    setBusy(false);
    if (!r.ok) return setProblem(words(r.msg));
    if (!r.value.accepted) return setProblem(words(r.value.reason));
    setProblem(null);
    setDigits('');
    setOpen(false);
  };
  return (
    <form className="typed-card" onSubmit={(e) => void submit(e)} aria-label={t('typed.title')}>
      <label className="field">
        {t('typed.label')}
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          value={digits}
          aria-invalid={problem !== null}
          aria-describedby="typed-card-hint"
          onChange={(e) => setDigits(e.target.value)}
          autoFocus
        />
      </label>
      <p id="typed-card-hint" className={problem ? 'field-problem' : 'muted'} role={problem ? 'alert' : undefined}>
        {problem ?? t('typed.hint')}
      </p>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy || !digits.trim()}>
          {t('typed.use')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => setOpen(false)}>
          {t('typed.cancel')}
        </button>
      </div>
    </form>
  );
}
