import browser from 'webextension-polyfill';
import { t } from '../lib/i18n';
import { send } from '../lib/messaging/client';
import { mailProviderOf } from '../lib/model/mail-hosts';
import { healthLine, PROVIDERS } from './mail-health';
import { targetTabId } from './use-scan';
import { useRemote } from './use-remote';

/** The target tab's webmail adapter health, when the tab is a webmail and its adapter is degraded. */
async function degradedHere(search: string) {
  const tab = await browser.tabs.get(await targetTabId(search));
  const provider = mailProviderOf(tab.url);
  if (!provider) return null;
  const { health } = await send('mail.status', {});
  const entry = health.find((each) => each.provider === provider);
  if (entry?.status !== 'degraded') return null;
  const nameKey = PROVIDERS.find(([each]) => each === provider)?.[1];
  return nameKey ? healthLine(t(nameKey), entry) : null;
}

/** On a webmail whose page LeadTrail no longer understands, says so: logs may be missing. */
export function WebmailWarning({ search }: { search: string }) {
  const warning = useRemote(() => degradedHere(search), `webmail:${search}`);
  if (warning.state !== 'ready' || !warning.value) return null;
  return (
    <div class="notice" role="alert" data-testid="webmail-warning">
      <p>{warning.value}</p>
      <p class="muted small">{t('mailHealthDegradedHint')}</p>
    </div>
  );
}
