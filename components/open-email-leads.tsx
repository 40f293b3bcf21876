import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../lib/i18n';
import { send } from '../lib/messaging/client';
import type { KnownAddress } from '../lib/messaging/protocol';
import type { MailAddress } from '../lib/model/mail';
import { mailProviderOf } from '../lib/model/mail-hosts';
import { isOpenEmail, OPEN_EMAIL, type OpenEmail, type OpenEmailRequest } from '../lib/messaging/open-email';
import { ErrorLine } from './error-line';
import { onArrowKeys } from './use-arrow-keys';
import { useRemote } from './use-remote';
import { useSaver } from './use-saver';
import { targetTabId } from './use-scan';

type Here =
  /** Not a webmail tab, or no tab to read: this part of the view stays out of the way. */
  | { kind: 'not-mail' }
  /** A webmail tab whose content script does not answer: it was loaded before this build. */
  | { kind: 'unreachable' }
  | { kind: 'mail'; email: OpenEmail; known: KnownAddress[] };

async function webmailTab(search: string): Promise<number | null> {
  try {
    const tabId = await targetTabId(search);
    const tab = await browser.tabs.get(tabId);
    return mailProviderOf(tab.url) ? tabId : null;
  } catch {
    // A closed tab, or no active one: there is no email to show, and capture below says the rest.
    return null;
  }
}

/** Asks the webmail tab's content script who is in the open email, then which of them are leads. */
export async function openEmailHere(search: string): Promise<Here> {
  const tabId = await webmailTab(search);
  if (tabId === null) return { kind: 'not-mail' };
  const request: OpenEmailRequest = { type: OPEN_EMAIL };
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, request);
  } catch {
    // "Receiving end does not exist": Chrome does not inject content scripts into tabs that were
    // open before the extension was installed or updated, so only reloading the tab helps.
    return { kind: 'unreachable' };
  }
  if (!isOpenEmail(reply)) return { kind: 'unreachable' };
  const known = reply.addresses.length > 0 ? await send('people.lookup', { emails: reply.addresses.map((each) => each.email) }) : [];
  return { kind: 'mail', email: reply, known };
}

interface RowProps {
  address: MailAddress;
  known: KnownAddress | undefined;
  onOpen: (leadId: string) => void;
  onSaved: () => void;
}

/** One address of the open email: the lead it belongs to with Open, or "Add as lead". */
function EmailPerson({ address, known, onOpen, onSaved }: RowProps) {
  const [savedLead, setSavedLead] = useState<string | undefined>();
  const saver = useSaver();
  const leadId = savedLead ?? known?.leadId;
  // A known person without a lead keeps the name already on file; a new one gets the display name.
  const name = known?.name ?? address.name ?? address.email;
  const add = async () => {
    const saved = await send('capture.save', {
      person: { name, emails: [address.email], phones: [], profiles: [] },
      source: { kind: 'email', utm: {} },
    });
    setSavedLead(saved.leadId);
    onSaved();
  };
  return (
    <li
      class="row"
      data-row
      tabIndex={0}
      data-testid="open-email-person"
      data-email={address.email}
      aria-label={name}
      onKeyDown={(event) => event.key === 'Enter' && event.target === event.currentTarget && leadId && onOpen(leadId)}
    >
      <div class="row-main">
        <strong class="row-title">{name}</strong>
        {leadId ? (
          <span class="badge known" data-testid="open-email-lead">
            {savedLead ? t('openEmailAdded') : t('openEmailLead')}
          </span>
        ) : (
          <span class="badge" data-testid="open-email-not-lead">
            {t('openEmailNotLead')}
          </span>
        )}
        {name !== address.email && <p class="muted small">{address.email}</p>}
      </div>
      <div class="row-actions">
        {leadId ? (
          <button type="button" onClick={() => onOpen(leadId)}>
            {t('dueOpen')}
          </button>
        ) : (
          <button type="button" class="primary" disabled={saver.saving} onClick={() => void saver.save(add)}>
            {saver.saving ? t('cardSaving') : t('openEmailAdd')}
          </button>
        )}
      </div>
      <ErrorLine message={saver.error} />
    </li>
  );
}

interface Props {
  search: string;
  onOpen: (leadId: string) => void;
  onSaved: () => void;
}

/** "In this email": on a webmail tab, the people of the open compose or conversation and their leads. */
export function OpenEmailLeads({ search, onOpen, onSaved }: Props) {
  const here = useRemote(() => openEmailHere(search), `open-email:${search}`);
  // Loading shows nothing: on most tabs this part never appears, and a flash of it would be noise.
  if (here.state === 'loading' || (here.state === 'ready' && here.value.kind === 'not-mail')) return null;
  const body = () => {
    if (here.state === 'error') {
      return (
        <div class="notice" role="alert" data-testid="open-email-error">
          <p>{t('openEmailLookupFailed')}</p>
          <p class="muted small">{here.message}</p>
          <button type="button" onClick={here.reload}>
            {t('openEmailRetry')}
          </button>
        </div>
      );
    }
    const value = here.value;
    if (value.kind === 'unreachable') {
      return (
        <div class="notice" data-testid="open-email-unreachable">
          <p>{t('openEmailReload')}</p>
          <button type="button" onClick={here.reload}>
            {t('openEmailRetry')}
          </button>
        </div>
      );
    }
    if (value.kind !== 'mail') return null;
    const { email, known } = value;
    if (!email.compose && email.messages === 0) {
      return (
        <p class="muted small" data-testid="open-email-none">
          {t('openEmailNone')}
        </p>
      );
    }
    const byEmail = new Map(known.map((each) => [each.email.toLowerCase(), each]));
    return (
      <>
        {email.subject && (
          <p class="muted small ellipsis" data-testid="open-email-subject" title={email.subject}>
            {email.subject}
          </p>
        )}
        {email.addresses.length === 0 ? (
          <p class="muted small" data-testid="open-email-nobody">
            {t('openEmailNobody')}
          </p>
        ) : (
          <ul class="rows" aria-label={t('openEmailPeople', email.addresses.length)} onKeyDown={onArrowKeys}>
            {email.addresses.map((address) => (
              <EmailPerson key={address.email} address={address} known={byEmail.get(address.email)} onOpen={onOpen} onSaved={onSaved} />
            ))}
          </ul>
        )}
      </>
    );
  };
  return (
    <section data-testid="open-email" aria-labelledby="open-email-title">
      <h2 id="open-email-title" class="inline-heading">
        {t('openEmailTitle')}
      </h2>
      {body()}
    </section>
  );
}
