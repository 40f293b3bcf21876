import browser from 'webextension-polyfill';
import { t } from '../lib/i18n';
import { StatusLine } from './status-line';
import { useStatus } from './use-status';

export function PopupApp() {
  const status = useStatus();
  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icon/32.png" width={20} height={20} alt="" />
        <h1>{t('popupTitle')}</h1>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openDashboard')}
        </button>
      </header>
      <section class="popup-section">
        <StatusLine status={status} />
      </section>
    </main>
  );
}
