import { useEffect, useRef } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { Stage } from '../lib/model/settings';
import { StageBadge } from './stage-badge';
import { onArrowKeys } from './use-arrow-keys';
import { useSearch } from './use-search';
import { ErrorLine } from './error-line';

interface Props {
  query: string;
  onQuery: (query: string) => void;
  stages: readonly Stage[];
  onOpen: (leadId: string) => void;
  /** Changes each time the rep presses `/`: the box takes focus again. */
  focusSignal: number;
}

/** Find a lead by name, email, phone, company or tag, as the rep types. */
export function SearchScreen({ query, onQuery, stages, onOpen, focusSignal }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const results = useSearch(query);
  useEffect(() => input.current?.focus(), [focusSignal]);
  return (
    <div class="search" onKeyDown={onArrowKeys}>
      <label class="search-box">
        <span class="sr-only">{t('searchLabel')}</span>
        <input
          ref={input}
          type="search"
          role="searchbox"
          data-testid="search-input"
          placeholder={t('searchPlaceholder')}
          value={query}
          onInput={(event) => onQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Down from the box goes into the results, like a combobox.
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              (event.currentTarget.closest('.search')?.querySelector('[data-row]') as HTMLElement | null)?.focus();
            }
            if (event.key === 'Enter' && results.state === 'ready' && results.value[0]) onOpen(results.value[0].leadId);
          }}
        />
      </label>
      <div aria-live="polite" class="sr-only">
        {results.state === 'ready' && results.settled ? t('searchCount', results.value.length) : ''}
      </div>
      {results.state === 'error' && (
        <ErrorLine message={t('searchFailed', results.message)} />
      )}
      {results.state === 'ready' && results.settled && results.value.length === 0 && (
        <p class="empty" data-testid="search-empty">
          {t('searchNothing', results.settled)}
        </p>
      )}
      {results.state === 'ready' && results.value.length > 0 && (
        <ul class="rows" aria-label={t('searchResults')} data-testid="search-results">
          {results.value.map((row) => (
            <li key={row.leadId}>
              <button type="button" class="row result" data-row data-testid="search-result" onClick={() => onOpen(row.leadId)}>
                <span class="row-main">
                  <strong class="row-title">{row.name}</strong>
                  {row.company && <span class="muted"> · {row.company}</span>}
                  <span class="row-meta">
                    <span class="ellipsis">{row.title}</span>
                    <StageBadge stage={row.stage} stages={stages} />
                  </span>
                  {row.email && <span class="muted small">{row.email}</span>}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {!query.trim() && <p class="muted small">{t('searchHint')}</p>}
    </div>
  );
}
