import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { Activity, ActivityKind } from '../lib/model/activity';
import type { Stage } from '../lib/model/settings';
import { ACTIVITY_KINDS, kindName } from './activity-kinds';
import { HistoryList } from './history-list';
import type { Loadable } from './use-remote';
import { ErrorLine } from './error-line';

/** The lead's history with a filter by kind. */
interface Paging {
  hasMore?: boolean;
  loadingMore?: boolean;
  moreError?: string;
  more?: () => Promise<void>;
}

export function HistoryPanel({ history, stages }: { history: Loadable<Activity[]> & Paging; stages: readonly Stage[] }) {
  const [filter, setFilter] = useState<ActivityKind | ''>('');
  return (
    <div class="history-panel" data-testid="history">
      <label class="filter">
        {t('historyFilter')}
        <select value={filter} onChange={(event) => setFilter(event.currentTarget.value as ActivityKind | '')} data-testid="history-filter">
          <option value="">{t('historyFilterAll')}</option>
          {ACTIVITY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindName(kind)}
            </option>
          ))}
        </select>
      </label>
      {history.state === 'loading' && <p class="muted">{t('statusLoading')}</p>}
      {history.state === 'error' && (
        <ErrorLine message={t('historyLoadFailed', history.message)} />
      )}
      {history.state === 'ready' && <HistoryList activities={history.value} filter={filter} stages={stages} />}
      {history.state === 'ready' && history.hasMore && history.more && (
        <button type="button" data-testid="history-more" disabled={history.loadingMore} onClick={() => void history.more?.()}>
          {history.loadingMore ? t('statusLoading') : t('historyOlder')}
        </button>
      )}
      {history.moreError && <ErrorLine message={t('historyLoadFailed', history.moreError)} />}
    </div>
  );
}
