import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { ScanResult } from '../lib/messaging/protocol';
import type { Phone } from '../lib/model/common';
import { phoneFromText } from '../lib/model/phone-text';
import { EmailList, PhoneList, ProfileList } from './contact-list';
import { useSaver } from './use-saver';
import { ErrorLine } from './error-line';

export type Found = ScanResult['people'][number];

/** Capture writes phones as E.164 with ";ext=204"; the card's phone shape keeps the extension apart. */
export function capturedPhone(phone: string): Phone {
  return phoneFromText(phone) ?? { e164: phone, raw: phone };
}

interface Props {
  person: Found;
  onSave: (person: Found) => Promise<string>;
  onOpen: (leadId: string) => void;
}

/** One person capture found on the page: their contacts, whether they are known, Save or Open. */
export function CapturedPerson({ person, onSave, onOpen }: Props) {
  const [savedLead, setSavedLead] = useState<string | undefined>();
  const saver = useSaver();
  const leadId = savedLead ?? person.known?.leadId;
  const known = Boolean(person.known) || savedLead !== undefined;
  return (
    <li class="row captured" data-row tabIndex={0} data-testid="captured-person" aria-label={person.name} onKeyDown={(event) => event.key === 'Enter' && event.target === event.currentTarget && leadId && onOpen(leadId)}>
      <div class="row-main">
        <strong class="row-title">{person.name}</strong>
        {known && <span class="badge known" data-testid="known">{savedLead ? t('popupCaptureSaved') : t('popupCaptureKnown')}</span>}
        {(person.jobTitle || person.organization) && <p class="muted small">{[person.jobTitle, person.organization].filter(Boolean).join(' · ')}</p>}
        {person.location && <p class="muted small">{person.location}</p>}
        {person.emails.length > 0 && <EmailList emails={person.emails} />}
        {person.phones.length > 0 && <PhoneList phones={person.phones.map(capturedPhone)} />}
        {person.profiles.length > 0 && <ProfileList profiles={person.profiles} />}
      </div>
      <div class="row-actions">
        {leadId ? (
          <button type="button" onClick={() => onOpen(leadId)}>
            {t('dueOpen')}
          </button>
        ) : (
          <button type="button" class="primary" disabled={saver.saving || known} onClick={() => void saver.save(async () => setSavedLead(await onSave(person)))}>
            {saver.saving ? t('cardSaving') : t('popupCaptureSave')}
          </button>
        )}
      </div>
      <ErrorLine message={saver.error} />
    </li>
  );
}
