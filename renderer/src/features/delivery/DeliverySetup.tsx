import { LanguageSelect } from '../../ui/LanguageSelect';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AutoIssuePolicy, DeliverySettings, DeliverySetup as Setup, Template } from '../../../../shared/domain/delivery';
import { isLanguage, type Language } from '../../../../shared/messages/languages';
import { words } from '../../i18n/words';
import { useDesk } from '../../store';

type Say = (text: string | null, bad?: boolean) => void;
const PLACEHOLDERS = [
  '{{guest}}',
  '{{room}}',
  '{{code}}',
  '{{window}}',
  '{{doors}}',
  '{{howTo}}',
  '{{property}}',
  '{{propertyText}}',
  '{{ref}}',
];
const POLICIES = ['walkIn', 'feeds', 'csv'] as const;

/**
 * Setup → Guest messages (manager-only in the core): the property's SMTP server with a test
 * e-mail, the SMS provider, which sources get a code by themselves and how long before arrival,
 * and the message in each language. Passwords go in and never come back (only "one is saved").
 */
export function DeliverySetupSection({ say }: { say: Say }) {
  const { t, i18n } = useTranslation();
  const setup = useDesk((st) => st.deliverySetup);
  const loadDeliverySetup = useDesk((st) => st.loadDeliverySetup);
  const saveDeliverySetup = useDesk((st) => st.saveDeliverySetup);
  const testEmail = useDesk((st) => st.testEmail);
  // The manager's draft, started again from what the core holds each time that is read or saved.
  const [s, setS] = useState<DeliverySettings | null>(null);
  const [draftOf, setDraftOf] = useState<Setup | null>(null);
  // Shown once this opening has read the core (not what an earlier opening left in the store).
  const [read, setRead] = useState(false);
  if (draftOf !== setup) {
    setDraftOf(setup);
    setS(setup?.settings ?? null);
  }
  const [password, setPassword] = useState('');
  const [token, setToken] = useState('');
  const [testTo, setTestTo] = useState('');
  // The template in the manager's own language first; each field says which language it holds.
  const [lang, setLang] = useState<Language>(isLanguage(i18n.language) ? i18n.language : 'en');
  // Loaded once when the step opens (the wizard's `say` is a new function at every render).
  const sayRef = useRef(say);
  sayRef.current = say;
  useEffect(() => {
    void loadDeliverySetup().then((failed) => (failed ? sayRef.current(words(failed), true) : setRead(true)));
  }, [loadDeliverySetup]);
  if (!read || !s || !setup) return null;

  const email = <K extends keyof DeliverySettings['email']>(k: K, v: DeliverySettings['email'][K]): void =>
    setS({ ...s, email: { ...s.email, [k]: v } });
  const sms = <K extends keyof DeliverySettings['sms']>(k: K, v: DeliverySettings['sms'][K]): void =>
    setS({ ...s, sms: { ...s.sms, [k]: v } });
  const policy = (k: (typeof POLICIES)[number], v: Partial<AutoIssuePolicy>): void =>
    setS({ ...s, policies: { ...s.policies, [k]: { ...s.policies[k], ...v } } });
  const template = (k: keyof Template, v: string): void =>
    setS({ ...s, templates: { ...s.templates, [lang]: { ...s.templates[lang], [k]: v } } });

  const save = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const failed = await saveDeliverySetup({
      settings: s,
      ...(password ? { smtpPassword: password } : {}),
      ...(token ? { smsToken: token } : {}),
    });
    setPassword('');
    setToken('');
    if (failed) return say(words(failed), true);
    say(t('delivery.setup.saved'));
  };
  const test = async (): Promise<void> => {
    const answer = await testEmail(testTo);
    say(words(answer.msg), answer.tone === 'error');
  };
  const tpl = s.templates[lang];

  return (
    <form className="setup-form delivery-setup" onSubmit={(e) => void save(e)}>
      <p>{t('delivery.setup.intro')}</p>
      <fieldset>
        <legend>{t('delivery.setup.emailTitle')}</legend>
        <label className="setup-check">
          <input type="checkbox" checked={s.email.enabled} onChange={(e) => email('enabled', e.target.checked)} />
          {t('delivery.setup.emailOn')}
        </label>
        <label>
          {t('delivery.setup.host')}
          <input value={s.email.host} onChange={(e) => email('host', e.target.value)} placeholder="smtp.example.com" autoComplete="off" />
        </label>
        <label>
          {t('delivery.setup.port')}
          <input type="number" min={1} max={65535} value={s.email.port} onChange={(e) => email('port', Number(e.target.value))} />
        </label>
        <label>
          {t('delivery.setup.tls')}
          <select
            value={s.email.tls}
            onChange={(e) => email('tls', e.target.value === 'tls' ? 'tls' : e.target.value === 'none' ? 'none' : 'starttls')}
          >
            <option value="starttls">{t('delivery.setup.tls_starttls')}</option>
            <option value="tls">{t('delivery.setup.tls_tls')}</option>
            <option value="none">{t('delivery.setup.tls_none')}</option>
          </select>
        </label>
        <label>
          {t('delivery.setup.user')}
          <input value={s.email.user} onChange={(e) => email('user', e.target.value)} autoComplete="off" />
        </label>
        <label>
          {t('delivery.setup.password')}
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="off"
            aria-describedby="smtp-password-set"
          />
          {setup.smtpPasswordSet && <small id="smtp-password-set">{t('delivery.setup.passwordSet')}</small>}
        </label>
        <label>
          {t('delivery.setup.from')}
          <input
            value={s.email.from}
            onChange={(e) => email('from', e.target.value)}
            placeholder={t('delivery.setup.fromExample')}
            autoComplete="off"
          />
        </label>
        <div className="delivery-test">
          <label>
            {t('delivery.setup.testTo')}
            <input type="email" value={testTo} onChange={(e) => setTestTo(e.target.value)} autoComplete="off" />
          </label>
          <button type="button" className="btn btn-secondary" disabled={!testTo} onClick={() => void test()}>
            {t('delivery.setup.test')}
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('delivery.setup.smsTitle')}</legend>
        <label className="setup-check">
          <input type="checkbox" checked={s.sms.enabled} onChange={(e) => sms('enabled', e.target.checked)} />
          {t('delivery.setup.smsOn')}
        </label>
        <label>
          {t('delivery.setup.accountSid')}
          <input value={s.sms.accountSid} onChange={(e) => sms('accountSid', e.target.value)} autoComplete="off" />
        </label>
        <label>
          {t('delivery.setup.token')}
          <input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoComplete="off" />
          {setup.smsTokenSet && <small>{t('delivery.setup.tokenSet')}</small>}
        </label>
        <label>
          {t('delivery.setup.smsFrom')}
          <input value={s.sms.from} onChange={(e) => sms('from', e.target.value)} placeholder="+34 911 000 000" autoComplete="off" />
        </label>
        <label>
          {t('delivery.setup.baseUrl')}
          <input value={s.sms.baseUrl} onChange={(e) => sms('baseUrl', e.target.value)} autoComplete="off" />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('delivery.setup.policiesTitle')}</legend>
        {POLICIES.map((k) => (
          <div key={k} className="delivery-policy" role="group" aria-label={t(`delivery.setup.${k}`)}>
            <strong>{t(`delivery.setup.${k}`)}</strong>
            <label className="setup-check">
              <input type="checkbox" checked={s.policies[k].auto} onChange={(e) => policy(k, { auto: e.target.checked })} />
              {t('delivery.setup.auto')}
            </label>
            <label>
              {t('delivery.setup.hours')}
              <input
                type="number"
                min={1}
                max={336}
                value={s.policies[k].hoursBefore}
                onChange={(e) => policy(k, { hoursBefore: Number(e.target.value) })}
              />
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('delivery.setup.templatesTitle')}</legend>
        <label>
          {t('delivery.setup.templateLang')}
          <LanguageSelect value={lang} onChange={setLang} />
        </label>
        <label>
          {t('delivery.setup.subject')}
          <input lang={lang} value={tpl.subject} onChange={(e) => template('subject', e.target.value)} />
        </label>
        <label>
          {t('delivery.setup.body')}
          <textarea lang={lang} rows={7} value={tpl.body} onChange={(e) => template('body', e.target.value)} />
        </label>
        <label>
          {t('delivery.setup.cancelSubject')}
          <input lang={lang} value={tpl.cancelSubject} onChange={(e) => template('cancelSubject', e.target.value)} />
        </label>
        <label>
          {t('delivery.setup.cancelBody')}
          <textarea lang={lang} rows={4} value={tpl.cancelBody} onChange={(e) => template('cancelBody', e.target.value)} />
        </label>
        {/* The placeholders are template syntax, the same in every language (zxx: no linguistic content). */}
        <small>
          {t('delivery.setup.placeholders')}
          {PLACEHOLDERS.map((p) => (
            <code key={p} lang="zxx" translate="no">
              {p}{' '}
            </code>
          ))}
        </small>
        <label>
          {t('delivery.setup.propertyText')}
          <textarea rows={2} value={s.propertyText} onChange={(e) => setS({ ...s, propertyText: e.target.value })} />
        </label>
      </fieldset>
      <button type="submit" className="btn btn-primary">
        {t('delivery.setup.save')}
      </button>
    </form>
  );
}
