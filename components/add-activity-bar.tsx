import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../lib/i18n';
import type { NewActivityRequest } from '../lib/messaging/protocol';
import { ActivityForm, type NewActivityKind } from './activity-form';
import { ReminderForm } from './reminder-form';

type Adding = NewActivityKind | 'reminder';

const LABELS: Record<Adding, MessageKey> = {
  note: 'historyAddNote',
  call: 'historyAddCall',
  meeting: 'historyAddMeeting',
  offer: 'historyAddOffer',
  reminder: 'historyAddReminder',
};

interface Props {
  onAddActivity: (activity: NewActivityRequest) => Promise<unknown>;
  onAddReminder: (reminder: { dueAt: number; note: string }) => Promise<unknown>;
}

/** One button per thing the rep logs; the chosen form opens in place, inside the card. */
export function AddActivityBar({ onAddActivity, onAddReminder }: Props) {
  const [adding, setAdding] = useState<Adding | null>(null);
  const close = () => setAdding(null);
  return (
    <div class="add-bar">
      <div class="pills" role="group" aria-label={t('historyAdd')}>
        {(Object.keys(LABELS) as Adding[]).map((kind) => (
          <button key={kind} type="button" class={adding === kind ? 'pill selected' : 'pill'} aria-pressed={adding === kind} onClick={() => setAdding(adding === kind ? null : kind)}>
            {t(LABELS[kind])}
          </button>
        ))}
      </div>
      {adding === 'reminder' && <ReminderForm now={Date.now()} onSubmit={onAddReminder} onClose={close} />}
      {adding && adding !== 'reminder' && <ActivityForm key={adding} kind={adding} label={t(LABELS[adding])} onSubmit={onAddActivity} onClose={close} />}
    </div>
  );
}
