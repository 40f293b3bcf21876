import browser from 'webextension-polyfill';
import { t } from '../lib/i18n';
import { StatusLine } from './status-line';
import { useStatus } from './use-status';

export function DashboardApp() {
  const status = useStatus();
  return (
    <main class="dashboard">
      <h1>{t('dashboardTitle')}</h1>
      <p class="muted">{t('dashboardVersion', browser.runtime.getManifest().version)}</p>
      <StatusLine status={status} />
      <p class="muted">{t('dashboardStorage')}</p>
    </main>
  );
}
