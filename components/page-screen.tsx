import { t } from '../lib/i18n';
import { send } from '../lib/messaging/client';
import type { ScanResult } from '../lib/messaging/protocol';
import { CapturedPerson, type Found } from './captured-person';
import { onArrowKeys } from './use-arrow-keys';
import type { Loadable } from './use-remote';

/** The organisation to save with a person: the page's one that carries their organisation's name. */
function organizationFor(person: Found, scan: ScanResult): { name?: string; domain?: string } | undefined {
  const match = scan.organizations.find((org) => person.organization && org.name === person.organization) ?? scan.organizations[0];
  const name = person.organization ?? match?.name ?? undefined;
  const domain = match?.domain ?? undefined;
  if (!name && !domain) return undefined;
  return { ...(name ? { name } : {}), ...(domain ? { domain } : {}) };
}

interface Props {
  scan: Loadable<ScanResult> & { reload: () => void };
  onOpen: (leadId: string) => void;
  onSaved: () => void;
}

/** Who capture found on the active tab, with one-click save. */
export function PageScreen({ scan, onOpen, onSaved }: Props) {
  if (scan.state === 'loading') return <p class="muted">{t('popupCaptureScanning')}</p>;
  if (scan.state === 'error') {
    return (
      <div class="notice" role="alert" data-testid="capture-error">
        <p>{scan.code === 'cannot-inject' ? t('popupCaptureCannotInject') : t('popupCaptureFailed')}</p>
        <p class="muted small">{scan.message}</p>
        <button type="button" onClick={scan.reload}>
          {t('popupCaptureRetry')}
        </button>
      </div>
    );
  }
  const result = scan.value;
  const save = async (person: Found): Promise<string> => {
    const { known: _known, ...draft } = person;
    const organization = organizationFor(person, result);
    const saved = await send('capture.save', {
      person: draft,
      ...(organization ? { organization } : {}),
      // The scan read the referrer and the utm_* tags in the page itself: where this lead came from.
      source: {
        kind: 'page',
        url: result.page.url,
        title: result.page.title.slice(0, 1000),
        ...(result.page.referrer ? { referrer: result.page.referrer } : {}),
        utm: result.page.utm,
      },
    });
    onSaved();
    return saved.leadId;
  };
  return (
    <div data-testid="capture">
      <p class="muted small ellipsis" title={result.page.url}>
        {result.page.title || result.page.url}
      </p>
      {result.people.length === 0 ? (
        <p class="empty" data-testid="capture-empty">{t('popupCaptureNobody')}</p>
      ) : (
        <ul class="rows" aria-label={t('popupCapturePeople', result.people.length)} onKeyDown={onArrowKeys}>
          {result.people.map((person, index) => (
            <CapturedPerson key={`${person.name}-${index}`} person={person} onSave={save} onOpen={onOpen} />
          ))}
        </ul>
      )}
      {result.truncated && <p class="muted small">{t('popupCaptureTruncated')}</p>}
    </div>
  );
}
