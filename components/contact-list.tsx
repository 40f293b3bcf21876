import { t } from '../lib/i18n';
import type { Phone, Profile } from '../lib/model/common';
import { phoneToText } from '../lib/model/phone-text';
import { CopyButton } from './copy-button';

export function EmailList({ emails }: { emails: readonly string[] }) {
  return (
    <ul class="plain" data-testid="card-emails">
      {emails.map((email) => (
        <li key={email}>
          <a href={`mailto:${email}`}>{email}</a> <CopyButton value={email} label={email} />
        </li>
      ))}
    </ul>
  );
}


export function PhoneList({ phones }: { phones: readonly Phone[] }) {
  return (
    <ul class="plain" data-testid="card-phones">
      {phones.map((phone) => (
        <li key={phoneToText(phone)}>
          <a href={`tel:${phoneToText(phone)}`}>{phone.raw || phone.e164}</a> <CopyButton value={phone.raw || phoneToText(phone)} label={phone.raw || phone.e164} />
        </li>
      ))}
    </ul>
  );
}

const NETWORK_NAMES: Record<Profile['network'], string> = {
  linkedin: 'LinkedIn',
  vk: 'VK',
  telegram: 'Telegram',
  whatsapp: 'WhatsApp',
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  github: 'GitHub',
  hhru: 'hh.ru',
  okru: 'OK',
  website: '',
};

export function ProfileList({ profiles }: { profiles: readonly Profile[] }) {
  return (
    <ul class="plain" data-testid="card-profiles">
      {profiles.map((profile) => (
        <li key={profile.url}>
          <a href={profile.url} target="_blank" rel="noopener noreferrer">
            {/* Brand names are not translated; a plain website is named by the UI language. */}
            {NETWORK_NAMES[profile.network] || t('cardWebsite')}
          </a>{' '}
          <span class="muted small">{profile.url.replace(/^https?:\/\/(www\.)?/, '')}</span>
        </li>
      ))}
    </ul>
  );
}
