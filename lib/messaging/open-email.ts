/**
 * The popup asks a webmail tab "who is in the email you have open?" with `tabs.sendMessage`; the
 * tab's content script answers (lib/sites/shared/open-email.ts). The background never sees this
 * exchange, so it is not in protocol.ts; it lives here because both the UI and the content scripts
 * need it and neither may import the other. Checked by hand: zod must stay out of content scripts.
 */
import type { MailAddress, MailProvider } from '../model/mail';
import { MAIL_PROVIDER_HOSTS } from '../model/mail-hosts';

export const OPEN_EMAIL = 'leadtrail.openEmail';

export interface OpenEmailRequest {
  type: typeof OPEN_EMAIL;
}

export interface OpenEmail {
  provider: MailProvider;
  /** True when a compose (new, reply, forward) is open. */
  compose: boolean;
  /** How many expanded messages of a conversation the page shows. */
  messages: number;
  /** The open compose's subject, else the conversation's; '' when nothing is open. */
  subject: string;
  /** Everyone in the open compose and conversation but the rep, each once, compose first. */
  addresses: MailAddress[];
}

/** people.lookup takes at most 200 addresses; a longer list would be refused whole. */
export const OPEN_EMAIL_MAX_ADDRESSES = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Exactly `{ type: 'leadtrail.openEmail' }`: anything more is not ours and gets no answer. */
export function isOpenEmailRequest(message: unknown): message is OpenEmailRequest {
  return isRecord(message) && message.type === OPEN_EMAIL && Object.keys(message).length === 1;
}

function isAddress(value: unknown): value is MailAddress {
  return (
    isRecord(value) &&
    typeof value.email === 'string' &&
    value.email.length > 0 &&
    value.email.length <= 320 &&
    (value.name === undefined || (typeof value.name === 'string' && value.name.length <= 300))
  );
}

/** The popup's check of the tab's answer: a page script cannot reply, but an old build might differ. */
export function isOpenEmail(value: unknown): value is OpenEmail {
  return (
    isRecord(value) &&
    typeof value.provider === 'string' &&
    Object.hasOwn(MAIL_PROVIDER_HOSTS, value.provider) &&
    typeof value.compose === 'boolean' &&
    typeof value.messages === 'number' &&
    typeof value.subject === 'string' &&
    Array.isArray(value.addresses) &&
    value.addresses.length <= OPEN_EMAIL_MAX_ADDRESSES &&
    value.addresses.every(isAddress)
  );
}
