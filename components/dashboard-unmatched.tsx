import { useState } from 'preact/hooks';
import { t, uiLocale, type MessageKey } from '../lib/i18n';
import { send } from '../lib/messaging/client';
import type { MailStatus } from '../lib/messaging/protocol';
import { formatDateTime } from './format';
import { useSaver } from './use-saver';

type Unmatched = MailStatus['unmatched'][number];

/** chrome.i18n has no plurals: one key per CLDR category, chosen by Intl for the UI language. */
const HEADING: Record<Intl.LDMLPluralRule, MessageKey> = {
  zero: 'dashboardUnmatchedOther',
  one: 'dashboardUnmatchedOne',
  two: 'dashboardUnmatchedOther',
  few: 'dashboardUnmatchedFew',
  many: 'dashboardUnmatchedMany',
  other: 'dashboardUnmatchedOther',
};

export function unmatchedHeading(count: number, locale = uiLocale()): string {
  return t(HEADING[new Intl.PluralRules(locale).select(count)], count);
}

/** The name a new lead gets: the one the mail app showed, else the address's local part. */
function nameOf(address: Unmatched): string {
  return address.name?.trim() || address.email.slice(0, address.email.indexOf('@')) || address.email;
}

function Row({ address, onAdded }: { address: Unmatched; onAdded: () => void }) {
  const saver = useSaver();
  const [added, setAdded] = useState(false);
  const add = () =>
    saver.save(async () => {
      await send('capture.save', {
        person: { name: nameOf(address), emails: [address.email], phones: [], profiles: [] },
        // The subject says why this person was written to: the same thing a captured page's title says.
        source: { kind: 'email', utm: {}, ...(address.subject ? { title: address.subject } : {}) },
      });
      setAdded(true);
      onAdded();
    });
  return (
    <li class="row" data-testid="mail-unmatched-row">
      <strong class="row-title">{address.name ? `${address.name} <${address.email}>` : address.email}</strong>
      <div class="row-meta muted">
        <span>{formatDateTime(address.at)}</span>
        {address.subject && <span class="ellipsis">{address.subject}</span>}
      </div>
      <div class="row-actions">
        <button type="button" class="primary" disabled={saver.saving || added} onClick={() => void add()}>
          {added ? t('dashboardUnmatchedAdded') : saver.saving ? t('cardSaving') : t('dashboardUnmatchedAdd')}
        </button>
      </div>
      {saver.error && (
        <p class="error" role="alert">
          {saver.error}
        </p>
      )}
    </li>
  );
}

/**
 * People the rep emailed who are not leads: offered, never added silently. Adding one creates a
 * lead through the same path as a capture; the background then stops listing them.
 */
export function DashboardUnmatched({ unmatched, onAdded }: { unmatched: MailStatus['unmatched']; onAdded: () => void }) {
  if (unmatched.length === 0) return null;
  return (
    <section aria-labelledby="mail-unmatched-heading" data-testid="mail-unmatched">
      <h2 id="mail-unmatched-heading">{unmatchedHeading(unmatched.length)}</h2>
      <ul class="rows">
        {unmatched.map((address) => (
          <Row key={address.email} address={address} onAdded={onAdded} />
        ))}
      </ul>
    </section>
  );
}
