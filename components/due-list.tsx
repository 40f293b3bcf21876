import { t } from '../lib/i18n';
import type { DueItem } from '../lib/messaging/protocol';
import type { Stage } from '../lib/model/settings';
import { DueRow, type DueActions } from './due-row';
import { onArrowKeys } from './use-arrow-keys';

interface Props extends DueActions {
  items: readonly DueItem[];
  stages: readonly Stage[];
  now: number;
}

/** Overdue and today's follow-ups, oldest first (the background sorts them). */
export function DueList({ items, stages, now, ...actions }: Props) {
  if (!items.length) return <p class="empty" data-testid="due-empty">{t('dueEmpty')}</p>;
  const today = new Date(now);
  today.setHours(0, 0, 0, 0);
  return (
    <ul class="rows" aria-label={t('dueListLabel')} data-testid="due-list" onKeyDown={onArrowKeys}>
      {items.map((item) => (
        <DueRow key={item.reminder.id} item={item} stages={stages} now={now} startOfToday={today.getTime()} {...actions} />
      ))}
    </ul>
  );
}
