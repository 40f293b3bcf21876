import { useEffect, useRef } from 'preact/hooks';
import { t } from '../lib/i18n';
import { send } from '../lib/messaging/client';
import type { DueItem } from '../lib/messaging/protocol';
import type { Stage } from '../lib/model/settings';
import { DueList } from './due-list';
import type { Loadable } from './use-remote';
import { endOfToday } from '../lib/reminders/day';
import { ErrorLine } from './error-line';

interface Props {
  due: Loadable<DueItem[]> & { set: (items: DueItem[]) => void; reload: () => void };
  stages: readonly Stage[];
  onOpen: (leadId: string) => void;
  onChanged: () => void;
}

/** Marks the first paint of the due list with data: the bench reads it as the popup's ready time. */
function useMarkPainted(ready: boolean) {
  const marked = useRef(false);
  useEffect(() => {
    if (!ready || marked.current) return;
    marked.current = true;
    // rAF runs before the frame is painted; the task queued from it runs after that paint.
    requestAnimationFrame(() => setTimeout(() => performance.mark('due-painted'), 0));
  }, [ready]);
}

export function DueScreen({ due, stages, onOpen, onChanged }: Props) {
  useMarkPainted(due.state === 'ready');
  if (due.state === 'loading') return <p class="muted">{t('statusLoading')}</p>;
  if (due.state === 'error') {
    return (
      <ErrorLine message={t('dueLoadFailed', due.message)} />
    );
  }
  const items = due.value;
  const now = Date.now();
  const remove = (item: DueItem) => due.set(items.filter((each) => each.reminder.id !== item.reminder.id));
  return (
    <DueList
      items={items}
      stages={stages}
      now={now}
      onOpen={onOpen}
      onDone={async (item) => {
        await send('reminders.done', { reminderId: item.reminder.id });
        remove(item);
        onChanged();
      }}
      onMoveToInactive={async (item) => {
        if (!item.leadId) return;
        await send('leads.changeStage', { leadId: item.leadId, stage: 'inactive' });
        await send('reminders.done', { reminderId: item.reminder.id });
        remove(item);
        onChanged();
      }}
      onSnooze={async (item, until) => {
        const reminder = await send('reminders.snooze', { reminderId: item.reminder.id, until });
        // Snoozed past today it leaves the list; snoozed within today it moves to its new time.
        if (until > endOfToday(Date.now())) remove(item);
        else due.set(items.map((each) => (each.reminder.id === reminder.id ? { ...each, reminder } : each)).sort((a, b) => a.reminder.dueAt - b.reminder.dueAt));
        onChanged();
      }}
    />
  );
}
