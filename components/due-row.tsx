import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { DueItem } from '../lib/messaging/protocol';
import type { Stage } from '../lib/model/settings';
import { formatDateTime, formatTime } from './format';
import { SnoozeMenu } from './snooze-menu';
import { StageBadge } from './stage-badge';
import { stageName } from './stage-name';
import { errorText } from './use-remote';
import { ErrorLine } from './error-line';

export interface DueActions {
  onDone: (item: DueItem) => Promise<void>;
  onSnooze: (item: DueItem, until: number) => Promise<void>;
  onOpen: (leadId: string) => void;
  /** A going-cold offer accepted: the customer moves to Inactive and the offer is done. */
  onMoveToInactive?: (item: DueItem) => Promise<void>;
}

interface Props extends DueActions {
  item: DueItem;
  stages: readonly Stage[];
  now: number;
  startOfToday: number;
}

export function DueRow({ item, stages, now, startOfToday, onDone, onSnooze, onOpen, onMoveToInactive }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const { reminder } = item;
  const overdue = reminder.dueAt < startOfToday;
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await action();
    } catch (failure) {
      setError(t('dueActionFailed', errorText(failure)));
      setBusy(false);
    }
  };
  const open = () => item.leadId && onOpen(item.leadId);
  return (
    <li
      class="row due-row"
      data-row
      data-testid="due-row"
      tabIndex={0}
      aria-label={item.name || t('dueNoName')}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target === event.currentTarget) open();
      }}
    >
      <div class="row-main">
        <strong class="row-title">{item.name || t('dueNoName')}</strong>
        {item.company && <span class="muted"> · {item.company}</span>}
        <div class="row-meta">
          <time class={overdue ? 'overdue' : undefined} dateTime={new Date(reminder.dueAt).toISOString()}>
            {overdue ? t('dueOverdue', formatDateTime(reminder.dueAt)) : t('dueToday', formatTime(reminder.dueAt))}
          </time>
          {item.stage && <StageBadge stage={item.stage} stages={stages} />}
        </div>
        {reminder.note && <p class="row-note">{reminder.note}</p>}
        {!reminder.note && reminder.cause === 'going-cold' && <p class="row-note">{t('reminderCauseGoingCold')}</p>}
      </div>
      <div class="row-actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void run(() => onDone(item))}>
          {t('dueDone')}
        </button>
        {reminder.cause === 'going-cold' && item.leadId && item.stage !== 'inactive' && onMoveToInactive && (
          <button type="button" data-testid="move-to-inactive" disabled={busy} onClick={() => void run(() => onMoveToInactive(item))}>
            {t('dueMoveToStage', stageName('inactive', stages))}
          </button>
        )}
        <SnoozeMenu now={now} disabled={busy} onSnooze={(until) => void run(() => onSnooze(item, until))} />
        {item.leadId && (
          <button type="button" onClick={open}>
            {t('dueOpen')}
          </button>
        )}
      </div>
      <ErrorLine message={error} />
    </li>
  );
}
