/**
 * Saves a person found on a page as a lead: the person (reused when an email, phone or profile is
 * already known, with the new contacts added), their company (reused by domain), a lead at the first
 * stage and its `captured` activity, all in one transaction.
 */
import { EmailSchema, PersonSchema, type Company, type LeadSource, type Person, type Phone, type Profile } from '../model';
import { phoneFromText } from '../model/phone-text';
import { profileKey, withoutKeys } from './keys';
import type { Repository } from './repository';
import type { PersonRecord } from './schema';

export interface CapturedDraft {
  name: string;
  jobTitle?: string | null;
  emails: string[];
  /** E.164, an extension written as ";ext=204". */
  phones: string[];
  location?: string | null;
  profiles: Profile[];
}

export interface SaveCapturedInput {
  person: CapturedDraft;
  organization?: { name?: string | null; domain?: string | null };
  source: Omit<LeadSource, 'capturedAt'>;
  leadTitle: string;
}

export interface SaveCapturedResult {
  leadId: string;
  personId: string;
  companyId?: string;
  reusedPerson: boolean;
}


function validEmails(emails: string[]): string[] {
  return [...new Set(emails.flatMap((email) => {
    const parsed = EmailSchema.safeParse(email);
    return parsed.success ? [parsed.data] : [];
  }))];
}

/** The people store of a transaction of any mode: all the lookup below needs. */
interface PeopleIndexes {
  index(name: 'byEmail' | 'byPhone' | 'byProfile'): { get(key: string): Promise<PersonRecord | undefined> };
}

/** The person these contacts belong to, tried by email, then phone, then profile link. */
export async function findPersonByContacts(people: PeopleIndexes, contacts: { emails: string[]; phones: Array<Pick<Phone, 'e164'>>; profiles: Array<Pick<Profile, 'url'>> }): Promise<PersonRecord | undefined> {
  const tries: Array<['byEmail' | 'byPhone' | 'byProfile', string]> = [
    ...contacts.emails.map((email) => ['byEmail', email.trim().toLowerCase()] as ['byEmail', string]),
    ...contacts.phones.map((phone) => ['byPhone', phone.e164] as ['byPhone', string]),
    ...contacts.profiles.map((profile) => ['byProfile', profileKey(profile.url)] as ['byProfile', string]),
  ];
  for (const [index, key] of tries) {
    const found = await people.index(index).get(key);
    if (found) return found;
  }
  return undefined;
}

/** Splits "Иванов Пётр Сергеевич" / "Пётр Сергеевич Иванов" / "Jane Doe" into its parts. */
export function nameParts(fullName: string): Pick<Person, 'givenName' | 'familyName' | 'patronymic'> {
  const parts = fullName.trim().split(/\s+/);
  if (parts.length === 3) {
    const patronymicAt = parts.findIndex((part) => /(ович|евич|ич|овна|евна|ична|инична)$/i.test(part));
    if (patronymicAt === 2) return { familyName: parts[0], givenName: parts[1], patronymic: parts[2] };
    if (patronymicAt === 1) return { givenName: parts[0], patronymic: parts[1], familyName: parts[2] };
  }
  if (parts.length >= 2) return { givenName: parts[0], familyName: parts.slice(1).join(' ') };
  return {};
}

export async function saveCapturedLead(repo: Repository, input: SaveCapturedInput): Promise<SaveCapturedResult> {
  const settings = await repo.getSettings();
  const emails = validEmails(input.person.emails);
  const phones = input.person.phones.map(phoneFromText).filter((phone): phone is Phone => phone !== null);
  const profiles = input.person.profiles;
  const domain = input.organization?.domain?.trim().toLowerCase() || undefined;
  const orgName = input.organization?.name?.trim() || domain;

  return repo.write(['people', 'companies', 'leads', 'activities'], async (tx) => {
    const now = repo.now();
    let company: Company | undefined = domain ? await tx.objectStore('companies').index('byDomain').get(domain) : undefined;
    if (!company && orgName) {
      company = repo.buildCompany({ name: orgName, ...(domain ? { domain, website: `https://${domain}/` } : {}) });
      await tx.objectStore('companies').put(company);
    }

    const existing = await findPersonByContacts(tx.objectStore('people'), { emails, phones, profiles });
    let person: Person;
    if (existing) {
      const current = withoutKeys(existing);
      const knownProfiles = new Set(current.profiles.map((profile) => profileKey(profile.url)));
      const knownPhones = new Set(current.phones.map((phone) => phone.e164));
      person = PersonSchema.parse({
        ...current,
        emails: [...new Set([...current.emails, ...emails])],
        phones: [...current.phones, ...phones.filter((phone) => !knownPhones.has(phone.e164))],
        profiles: [...current.profiles, ...profiles.filter((profile) => !knownProfiles.has(profileKey(profile.url)))],
        jobTitle: current.jobTitle ?? input.person.jobTitle ?? undefined,
        companyId: current.companyId ?? company?.id,
        updatedAt: now,
      });
    } else {
      person = repo.buildPerson({
        fullName: input.person.name,
        ...nameParts(input.person.name),
        ...(input.person.jobTitle ? { jobTitle: input.person.jobTitle } : {}),
        ...(input.person.location ? { location: { city: input.person.location } } : {}),
        emails,
        phones,
        profiles,
        ...(company ? { companyId: company.id } : {}),
      });
    }
    await repo.putPerson(tx, person);

    const lead = repo.buildLead(
      {
        personId: person.id,
        ...(company ? { companyId: company.id } : {}),
        title: input.leadTitle,
        source: { ...input.source, capturedAt: now },
      },
      settings,
    );
    await repo.insertLead(tx, lead, input.source.kind === 'manual' ? 'manual' : 'page');
    return { leadId: lead.id, personId: person.id, reusedPerson: existing !== undefined, ...(company ? { companyId: company.id } : {}) };
  });
}
