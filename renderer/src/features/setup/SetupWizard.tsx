import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { ReaderPanel } from '../reader/ReaderPanel';
import { QuitDesk } from './QuitDesk';
import { DeliverySetupSection } from '../delivery/DeliverySetup';
import '../delivery/delivery.css';
import { RoomTypesSection } from './RoomTypesSection';
import { BulkRooms } from './BulkRooms';
import { AccountSection, FeedHostSection, PropertySection, RoomsSection, SlipSection, StaffSection, SupportSection } from './sections';
import { useSetupData } from './useSetup';
import './setup.css';

const STEPS = ['account', 'rooms', 'roomTypes', 'property', 'slip', 'delivery', 'reader', 'staff', 'support'] as const;
type Step = (typeof STEPS)[number];

/**
 * The manager's setup: every save goes to the core, which refuses it unless a manager is signed
 * in (or no staff exist yet, on a new desk). The wizard is steps in any order, not a one-way path:
 * a manager comes back to map one new room.
 */
export function SetupWizard({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>('account');
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);
  const printers = useDesk((s) => s.printers);
  const { state, locks, staff, error, reload } = useSetupData(open);
  const say = (text: string | null, bad = false): void => setMessage(text ? { text, bad } : null);

  useEffect(() => {
    if (open && step === 'slip') void useDesk.getState().loadPrinters();
  }, [open, step]);

  return (
    <Dialog open={open} title={t('setup.title')} onClose={onClose} wide>
      {error && !state ? (
        <p className="setup-message setup-bad" role="alert">
          {error}
        </p>
      ) : (
        <div className="setup">
          <nav className="setup-steps" aria-label={t('setup.stepsLabel')}>
            {STEPS.map((id) => (
              <button
                key={id}
                type="button"
                className="btn btn-secondary"
                aria-current={step === id ? 'step' : undefined}
                onClick={() => {
                  setStep(id);
                  say(null);
                }}
              >
                {id === 'delivery' ? t('delivery.title') : t(`setup.steps.${id}`)}
              </button>
            ))}
            {state?.canQuit && <QuitDesk say={say} />}
          </nav>
          <section className="setup-body" aria-label={step === 'delivery' ? t('delivery.title') : t(`setup.steps.${step}`)}>
            {message && (
              <p className={`setup-message${message.bad ? ' setup-bad' : ''}`} role={message.bad ? 'alert' : 'status'}>
                {message.text}
              </p>
            )}
            {state && step === 'account' && <AccountSection state={state} reload={reload} say={say} />}
            {state && step === 'rooms' && (
              <>
                <BulkRooms state={state} locks={locks} reload={reload} say={say} />
                <RoomsSection state={state} locks={locks} reload={reload} say={say} />
              </>
            )}
            {state && step === 'roomTypes' && <RoomTypesSection state={state} say={say} />}
            {state && step === 'property' && <PropertySection state={state} reload={reload} say={say} />}
            {state && step === 'property' && <FeedHostSection state={state} reload={reload} say={say} />}
            {state && step === 'slip' && <SlipSection state={state} printers={printers} reload={reload} say={say} />}
            {step === 'delivery' && <DeliverySetupSection say={say} />}
            {step === 'reader' && <ReaderPanel />}
            {step === 'staff' && <StaffSection staff={staff} reload={reload} say={say} />}
            {step === 'support' && <SupportSection say={say} />}
          </section>
        </div>
      )}
    </Dialog>
  );
}

/** The top-bar entry: "Setup". The core decides who may use it; a desk clerk sees its refusal. */
export function SetupButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn btn-topbar" onClick={() => setOpen(true)}>
        {t('setup.open')}
      </button>
      <SetupWizard open={open} onClose={() => setOpen(false)} />
    </>
  );
}
