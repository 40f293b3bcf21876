import { t } from '../lib/i18n';
import type { Reminder } from '../lib/model/reminder';
import { formatDateTime } from './format';

export function NextFollowUp({ reminder }: { reminder?: Reminder }) {
  if (!reminder) return <p class="muted" data-testid="card-next">{t('cardNextNone')}</p>;
  const overdue = reminder.dueAt < Date.now();
  return (
    <p data-testid="card-next">
      <time class={overdue ? 'overdue' : undefined} dateTime={new Date(reminder.dueAt).toISOString()}>
        {formatDateTime(reminder.dueAt)}
      </time>
      {reminder.note && <> · {reminder.note}</>}
    </p>
  );
}
