import { PIN_MIN_LENGTH } from '../../../../shared/domain/staff';
import { PinInput } from '../../ui/PinInput';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { words } from '../../i18n/words';

/**
 * The signed-in staff member changes their own PIN: the current one (the core counts a wrong one
 * like a wrong unlock), then the new one twice so a slip of the finger does not lock them out.
 */
export function ChangePinButton() {
  const { t } = useTranslation();
  const status = useDesk((s) => s.staff);
  const [open, setOpen] = useState(false);
  if (!status?.current || status.locked) return null;
  return (
    <>
      <button type="button" className="btn btn-topbar" onClick={() => setOpen(true)}>
        {t('staff.changePin')}
      </button>
      <Dialog open={open} title={t('staff.changeTitle')} onClose={() => setOpen(false)}>
        <ChangePinForm />
      </Dialog>
    </>
  );
}

function ChangePinForm() {
  const { t } = useTranslation();
  const changePin = useDesk((s) => s.changePin);
  const [currentPin, setCurrent] = useState('');
  const [newPin, setNew] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);
  const save = async (): Promise<void> => {
    if (newPin !== again) return setMessage({ text: t('staff.pinsDiffer'), bad: true });
    const r = await changePin({ currentPin, newPin });
    setCurrent('');
    if (!r.ok) return setMessage({ text: words(r.msg), bad: true });
    setNew('');
    setAgain('');
    setMessage({ text: t('staff.pinChanged'), bad: false });
  };
  const pinField = (label: string, value: string, set: (v: string) => void) => (
    <label>
      {label}
      <PinInput value={value} onChange={set} />
    </label>
  );
  return (
    <form
      className="setup-form staff-change-pin"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {pinField(t('staff.currentPin'), currentPin, setCurrent)}
      {pinField(t('staff.newPin'), newPin, setNew)}
      {pinField(t('staff.repeatPin'), again, setAgain)}
      <button
        type="submit"
        className="btn btn-primary"
        disabled={currentPin.length < PIN_MIN_LENGTH || newPin.length < PIN_MIN_LENGTH || again.length < PIN_MIN_LENGTH}
      >
        {t('staff.savePin')}
      </button>
      {message && (
        <p className={`setup-message${message.bad ? ' setup-bad' : ''}`} role={message.bad ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
