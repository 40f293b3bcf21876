import { t } from '../lib/i18n';
import type { Person } from '../lib/model/person';
import { EmailList, PhoneList, ProfileList } from './contact-list';
import { EditableField } from './editable-field';
import { Tags } from './tags';
import { optionalText, parseEmails, parsePhones, parseProfiles, parseTags, type Parsed } from './field-parsers';

export type PersonPatch = Partial<Pick<Person, 'fullName' | 'jobTitle' | 'emails' | 'phones' | 'location' | 'profiles' | 'tags'>>;

type Location = NonNullable<Person['location']>;

export function formatLocation(location?: Location): string {
  return [location?.city, location?.region, location?.country].filter(Boolean).join(', ');
}

/** "City", "City, Country" or "City, Region, Country". */
function parseLocation(draft: string): Parsed<Location> {
  const parts = draft.split(',').map((part) => part.trim()).filter(Boolean);
  if (parts.length > 3) return { ok: false, message: t('cardErrorLocation') };
  if (parts.some((part) => part.length > 200)) return { ok: false, message: t('cardErrorTooLong', 200) };
  const [city, second, third] = parts;
  const location: Location = parts.length === 3 ? { city, region: second, country: third } : parts.length === 2 ? { city, country: second } : city ? { city } : {};
  return { ok: true, value: location };
}

/** The person's contacts and details: each edits in place and is saved on the person. */
export function PersonFields({ person, onSave }: { person: Person; onSave: (patch: PersonPatch) => Promise<unknown> }) {
  return (
    <div class="fields" data-testid="card-person">
      <EditableField
        label={t('cardJobTitle')}
        testId="person-job-title"
        empty={!person.jobTitle}
        initial={person.jobTitle ?? ''}
        parse={optionalText(300)}
        onSave={(jobTitle) => onSave({ jobTitle })}
      >
        {person.jobTitle}
      </EditableField>
      <EditableField
        label={t('cardEmails')}
        testId="person-emails"
        empty={!person.emails.length}
        initial={person.emails.join(', ')}
        hint={t('cardListHint')}
        parse={parseEmails}
        onSave={(emails) => onSave({ emails })}
      >
        <EmailList emails={person.emails} />
      </EditableField>
      <EditableField
        label={t('cardPhones')}
        testId="person-phones"
        empty={!person.phones.length}
        initial={person.phones.map((phone) => phone.raw || phone.e164).join(', ')}
        hint={t('cardPhoneHint')}
        parse={(draft) => parsePhones(draft, person.phones)}
        onSave={(phones) => onSave({ phones })}
      >
        <PhoneList phones={person.phones} />
      </EditableField>
      <EditableField
        label={t('cardLocation')}
        testId="person-location"
        empty={!formatLocation(person.location)}
        initial={formatLocation(person.location)}
        hint={t('cardLocationHint')}
        parse={parseLocation}
        onSave={(location) => onSave({ location })}
      >
        {formatLocation(person.location)}
      </EditableField>
      <EditableField
        label={t('cardProfiles')}
        testId="person-profiles"
        empty={!person.profiles.length}
        initial={person.profiles.map((profile) => profile.url).join('\n')}
        input="textarea"
        hint={t('cardListHint')}
        parse={parseProfiles}
        onSave={(profiles) => onSave({ profiles })}
      >
        <ProfileList profiles={person.profiles} />
      </EditableField>
      <EditableField
        label={t('cardPersonTags')}
        testId="person-tags"
        empty={!person.tags.length}
        initial={person.tags.join(', ')}
        hint={t('cardListHint')}
        parse={parseTags}
        onSave={(tags) => onSave({ tags })}
      >
        <Tags tags={person.tags} />
      </EditableField>
    </div>
  );
}
