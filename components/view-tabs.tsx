import { t } from '../lib/i18n';
import { onTabKeys } from './use-arrow-keys';

export type TabName = 'due' | 'page' | 'search';

interface Props {
  current: TabName | null;
  dueCount?: number;
  onSelect: (tab: TabName) => void;
}

/** The popup's three places: what is due, who is on this page, and search. */
export function ViewTabs({ current, dueCount, onSelect }: Props) {
  const tabs: Array<[TabName, string]> = [
    ['due', dueCount === undefined ? t('popupTabDue') : t('popupTabDueCount', dueCount)],
    ['page', t('popupTabPage')],
    ['search', t('popupTabSearch')],
  ];
  return (
    <nav class="tabs" role="tablist" aria-label={t('popupViews')} onKeyDown={onTabKeys(tabs.map(([name]) => name), current, onSelect)}>
      {tabs.map(([name, label]) => (
        <button
          key={name}
          type="button"
          role="tab"
          id={`tab-${name}`}
          data-testid={`tab-${name}`}
          data-tab={name}
          // One tab stop for the tablist: the selected tab (or the first when the card is shown).
          tabIndex={current === name || (current === null && name === 'due') ? 0 : -1}
          aria-selected={current === name}
          aria-controls="view"
          class={current === name ? 'tab selected' : 'tab'}
          onClick={() => onSelect(name)}
        >
          {label}
        </button>
      ))}
    </nav>
  );
}
