import { useState } from 'preact/hooks';
import { normalizeEmail } from '../lib/capture/emails';
import { formatPhone, normalizePhone } from '../lib/capture/phones';
import { classifyProfileUrl } from '../lib/capture/profiles';
import type { LeadDraft } from '../lib/capture/prefill';
import { t, uiLocale } from '../lib/i18n';
import { send } from '../lib/messaging/client';
import { useSaver } from './use-saver';

export interface NewLeadSource {
  kind: 'manual' | 'context-menu';
  url?: string;
  title?: string;
}

interface Props {
  initial: LeadDraft;
  source: NewLeadSource;
  onSaved: (leadId: string) => void;
  onCancel: () => void;
}

interface Values {
  name: string;
  jobTitle: string;
  organization: string;
  emails: string;
  phones: string;
  profiles: string;
  need: string;
}

type Errors = Partial<Record<keyof Values, string>>;

const list = (text: string, separators = /[,;\n]+/) => text.split(separators).map((item) => item.trim()).filter(Boolean);
/** Capture writes "+74951234567;ext=204"; the rep reads and types "+74951234567 ext. 204". */
const phoneForDisplay = (phone: string) => phone.replace(';ext=', ' ext. ');
/** The phone region for numbers typed without a country code: the browser's locale region. */
const localeRegion = () => /-([A-Z]{2})$/i.exec(uiLocale())?.[1]?.toUpperCase() ?? (uiLocale().startsWith('ru') ? 'RU' : 'US');

/** Checks what the rep typed and turns it into what capture.save takes, or says what is wrong. */
export function readForm(values: Values) {
  const errors: Errors = {};
  if (!values.name.trim()) errors.name = t('newLeadNameRequired');
  const emails: string[] = [];
  for (const item of list(values.emails)) {
    const email = normalizeEmail(item);
    if (email) emails.push(email);
    else errors.emails = t('newLeadBadEmail', item);
  }
  const phones: string[] = [];
  // A semicolon belongs to a phone (";ext="), so phones are split on commas and lines only.
  for (const item of list(values.phones, /[,\n]+/)) {
    const phone = normalizePhone(item, localeRegion());
    if (phone) phones.push(formatPhone(phone));
    else errors.phones = t('newLeadBadPhone', item);
  }
  const profiles = [];
  for (const item of list(values.profiles)) {
    const profile = classifyProfileUrl(/^https?:\/\//i.test(item) ? item : `https://${item}`);
    if (profile) profiles.push(profile);
    else errors.profiles = t('newLeadBadProfile', item);
  }
  return { errors, person: { name: values.name.trim(), jobTitle: values.jobTitle.trim() || null, emails, phones, profiles } };
}

/** A lead typed by hand, or prefilled from what the rep right-clicked. */
export function NewLeadForm({ initial, source, onSaved, onCancel }: Props) {
  const [values, setValues] = useState<Values>({
    name: initial.name,
    jobTitle: initial.jobTitle,
    organization: initial.organization,
    emails: initial.emails.join(', '),
    phones: initial.phones.map(phoneForDisplay).join(', '),
    profiles: initial.profiles.map((profile) => profile.url).join(', '),
    need: '',
  });
  const [errors, setErrors] = useState<Errors>({});
  const saver = useSaver();

  const submit = async (event: Event) => {
    event.preventDefault();
    const { errors: found, person } = readForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    let leadId = '';
    const ok = await saver.save(async () => {
      const saved = await send('capture.save', {
        person,
        ...(values.organization.trim() ? { organization: { name: values.organization.trim() } } : {}),
        source: { kind: source.kind, utm: {}, ...(source.url ? { url: source.url } : {}), ...(source.title ? { title: source.title } : {}) },
        ...(values.need.trim() ? { leadTitle: values.need.trim() } : {}),
      });
      leadId = saved.leadId;
    });
    if (ok) onSaved(leadId);
  };

  const field = (name: keyof Values, label: string, options: { type?: string; required?: boolean; multiline?: boolean } = {}) => {
    const id = `new-lead-${name}`;
    const error = errors[name];
    const common = {
      id,
      name,
      value: values[name],
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `${id}-error` : undefined,
      onInput: (event: Event) => setValues({ ...values, [name]: (event.currentTarget as HTMLInputElement).value }),
    };
    return (
      <div class="form-row">
        <label for={id}>
          {label}
          {options.required ? ' *' : ''}
        </label>
        {options.multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
        {error && (
          <p class="error small" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <form class="new-lead" onSubmit={(event) => void submit(event)} data-testid="new-lead-form" aria-labelledby="new-lead-title" noValidate>
      <h2 id="new-lead-title">{t('newLeadTitle')}</h2>
      {source.url && <p class="muted small">{t('newLeadFrom', source.title || source.url)}</p>}
      {field('name', t('newLeadName'), { required: true })}
      {field('jobTitle', t('newLeadJobTitle'))}
      {field('organization', t('newLeadCompany'))}
      {field('emails', t('newLeadEmails'))}
      {field('phones', t('newLeadPhones'))}
      {field('profiles', t('newLeadProfiles'))}
      {field('need', t('newLeadNeed'))}
      {saver.error && (
        <p class="error" role="alert">
          {saver.error}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={saver.saving}>
          {t('newLeadSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('newLeadCancel')}
        </button>
      </div>
    </form>
  );
}
