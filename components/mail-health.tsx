import { t, type MessageKey } from '../lib/i18n';
import type { MailStatus } from '../lib/messaging/protocol';
import type { MailProvider } from '../lib/model/mail';
import { formatDateTime } from './format';

/** Every provider is listed, seen or not, so a rep can tell "never opened here" from "working". */
export const PROVIDERS: ReadonlyArray<[MailProvider, MessageKey]> = [
  ['gmail', 'mailProviderGmail'],
  ['outlook', 'mailProviderOutlook'],
  ['yandex', 'mailProviderYandex'],
  ['mailru', 'mailProviderMailru'],
];

type Health = MailStatus['health'][number];

export function healthLine(name: string, health: Health | undefined): string {
  if (!health) return t('mailHealthUnseen', name);
  if (health.status === 'working') return t('mailHealthWorking', name);
  // The detail is the adapter's own words about what it could not find: what a bug report needs.
  return t('mailHealthDegraded', [name, formatDateTime(health.since), health.detail ?? t('mailHealthNoDetail')]);
}

/**
 * Whether each webmail adapter finds what it needs, as the content scripts last reported it. A
 * provider that changes its page shows up here as degraded the same day, instead of logs silently
 * stopping.
 */
export function MailHealth({ health }: { health: MailStatus['health'] }) {
  const degraded = health.some((entry) => entry.status === 'degraded');
  return (
    <section aria-labelledby="mail-health-heading" data-testid="mail-health">
      <h2 id="mail-health-heading">{t('mailHealthHeading')}</h2>
      <ul class="plain">
        {PROVIDERS.map(([provider, nameKey]) => {
          const entry = health.find((each) => each.provider === provider);
          return (
            <li key={provider} data-testid={`mail-health-${provider}`} data-status={entry?.status ?? 'unseen'} class={entry?.status === 'degraded' ? 'error' : entry ? '' : 'muted'}>
              {healthLine(t(nameKey), entry)}
            </li>
          );
        })}
      </ul>
      {degraded && <p class="notice small">{t('mailHealthDegradedHint')}</p>}
    </section>
  );
}
