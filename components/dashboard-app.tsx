import { useEffect } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../lib/i18n';
import { send } from '../lib/messaging/client';
import { DashboardUnmatched } from './dashboard-unmatched';
import { MailHealth } from './mail-health';
import { StatusLine } from './status-line';
import { useRemote } from './use-remote';
import { useStatus } from './use-status';

export function DashboardApp() {
  const status = useStatus();
  const mail = useRemote(() => send('mail.status', {}), 'mail');
  const { reload } = mail;
  useEffect(() => {
    // The dashboard stays open in a tab while the rep works in webmail; coming back to it must
    // show what the adapters reported meanwhile, not the state at the time the tab was opened.
    const refresh = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
  }, [reload]);
  return (
    <main class="dashboard">
      <h1>{t('dashboardTitle')}</h1>
      <p class="muted">{t('dashboardVersion', browser.runtime.getManifest().version)}</p>
      <StatusLine status={status} />
      {mail.state === 'loading' && <p class="muted">{t('statusLoading')}</p>}
      {mail.state === 'error' && (
        <p class="error" role="alert">
          {t('errorBackgroundUnavailable', mail.message)}
        </p>
      )}
      {mail.state === 'ready' && (
        <>
          <MailHealth health={mail.value.health} />
          <DashboardUnmatched unmatched={mail.value.unmatched} onAdded={reload} />
        </>
      )}
      <p class="muted">{t('dashboardStorage')}</p>
    </main>
  );
}
