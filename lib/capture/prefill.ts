/**
 * A lead draft from what the rep right-clicked: a selection (a signature, a line of a team page) or
 * a link (mailto:, tel:, a profile). Uses the same extractor as page capture, over a small DOM.
 */
import { normalizeEmail } from './emails';
import { extractPage } from './extract-page';
import { formatPhone, normalizePhone } from './phones';
import { classifyProfileUrl } from './profiles';
import type { ProfileLink } from './types';

export interface LeadDraft {
  name: string;
  jobTitle: string;
  organization: string;
  emails: string[];
  phones: string[];
  profiles: ProfileLink[];
}

export interface PrefillInput {
  selection?: string;
  link?: string;
  /** The page it came from: gives the phone region and the organisation's domain. */
  pageUrl?: string;
  locale?: string;
  doc?: Document;
}

export function emptyDraft(): LeadDraft {
  return { name: '', jobTitle: '', organization: '', emails: [], phones: [], profiles: [] };
}

function addUnique<T>(list: T[], item: T, key: (value: T) => string = String): void {
  if (!list.some((each) => key(each) === key(item))) list.push(item);
}

export function draftFromContext({ selection = '', link = '', pageUrl, locale, doc = document }: PrefillInput): LeadDraft {
  const draft = emptyDraft();
  const root = doc.createElement('div');
  // Lines of the selection stay lines: the extractor reads names and titles line by line.
  for (const line of selection.slice(0, 20_000).split(/\r?\n/)) {
    const block = doc.createElement('p');
    block.textContent = line;
    root.append(block);
  }
  const context = { ...(pageUrl ? { url: pageUrl } : {}), ...(locale ? { locale } : {}) };
  const found = extractPage(root, context);
  const person = found.people[0];
  if (person) {
    draft.name = person.name;
    draft.jobTitle = person.jobTitle ?? '';
    draft.organization = person.organization ?? '';
    for (const email of person.emails) addUnique(draft.emails, email);
    for (const phone of person.phones) addUnique(draft.phones, phone);
    for (const profile of person.profiles) addUnique(draft.profiles, profile, (each) => each.url);
  }
  for (const organization of found.organizations) {
    for (const email of organization.emails) addUnique(draft.emails, email);
    for (const phone of organization.phones) addUnique(draft.phones, phone);
  }

  if (/^mailto:/i.test(link)) {
    for (const address of decodeURIComponent(link.slice(7).split('?')[0] ?? '').split(/[,;]/)) {
      // "Jane Doe <jane@acme.com>" is a valid mailto: address too.
      const email = normalizeEmail(/<([^>]+)>/.exec(address)?.[1] ?? address);
      if (email) addUnique(draft.emails, email);
    }
  } else if (/^(tel|callto):/i.test(link)) {
    const phone = normalizePhone(link, found.region);
    if (phone) addUnique(draft.phones, formatPhone(phone));
  } else if (link) {
    const profile = classifyProfileUrl(link);
    if (profile && profile.network !== 'website') addUnique(draft.profiles, profile, (each) => each.url);
  }
  // A selection that is just a name ("Jane Doe") gives no person to the extractor: keep it as the name.
  if (!draft.name) {
    const plain = selection.trim();
    if (plain && plain.length <= 80 && !/[@\d]/.test(plain) && plain.split(/\s+/).length <= 4) draft.name = plain;
  }
  return draft;
}
