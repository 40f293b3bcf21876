import { t } from '../lib/i18n';
import type { AppStatus } from '../lib/messaging/protocol';
import type { Loadable } from './use-status';

export function StatusLine({ status }: { status: Loadable<AppStatus> }) {
  if (status.state === 'loading') return <p class="muted">{t('statusLoading')}</p>;
  if (status.state === 'error') {
    return (
      <p class="error" role="alert">
        {t('errorBackgroundUnavailable', status.message)}
      </p>
    );
  }
  return (
    <p data-testid="status">
      <span data-testid="status-leads">{t('statusLeads', status.value.leads)}</span>
      {' · '}
      <span data-testid="status-due">{t('statusDue', status.value.dueReminders)}</span>
    </p>
  );
}
