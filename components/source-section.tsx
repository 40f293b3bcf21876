import { t, type MessageKey } from '../lib/i18n';
import type { LeadSource } from '../lib/model/lead';
import { formatDateTime } from './format';

const KIND: Record<LeadSource['kind'], MessageKey> = {
  page: 'cardSourcePage',
  'context-menu': 'cardSourceContextMenu',
  manual: 'cardSourceManual',
  email: 'cardSourceEmail',
  import: 'cardSourceImport',
};

/** Where and when the lead was captured, with the page and its campaign tags. */
export function SourceSection({ source }: { source: LeadSource }) {
  const utm = Object.entries(source.utm ?? {}).filter(([, value]) => value);
  return (
    <div class="source" data-testid="card-source">
      <p>
        {t(KIND[source.kind])} · <time dateTime={new Date(source.capturedAt).toISOString()}>{formatDateTime(source.capturedAt)}</time>
        {source.channel && <> · {source.channel}</>}
      </p>
      {source.url && (
        <p class="ellipsis">
          <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.url}>
            {source.title || source.url}
          </a>
        </p>
      )}
      {source.referrer && <p class="muted small ellipsis">{t('cardSourceReferrer', source.referrer)}</p>}
      {utm.length > 0 && <p class="muted small">{utm.map(([key, value]) => `utm_${key}=${value}`).join(' · ')}</p>}
    </div>
  );
}
