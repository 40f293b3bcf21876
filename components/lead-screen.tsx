import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { send } from '../lib/messaging/client';
import type { Settings } from '../lib/model/settings';
import { AddActivityBar } from './add-activity-bar';
import { HistoryPanel } from './history-panel';
import { LeadCard } from './lead-card';
import { useHistory } from './use-history';
import { useLead } from './use-lead';
import { onTabKeys } from './use-arrow-keys';
import { ErrorLine } from './error-line';

interface Props {
  leadId: string;
  settings?: Settings;
  onOpenLead: (leadId: string) => void;
  /** Something the due list or the badge count shows changed (a reminder was added). */
  onRemindersChanged: () => void;
}

type Tab = 'details' | 'history';

/** The lead card and its history, loaded from the background and saved through it. */
export function LeadScreen({ leadId, settings, onOpenLead, onRemindersChanged }: Props) {
  const lead = useLead(leadId);
  const history = useHistory(leadId);
  const [tab, setTab] = useState<Tab>('details');
  if (lead.state === 'loading') return <p class="muted">{t('statusLoading')}</p>;
  if (lead.state === 'error') {
    return (
      <ErrorLine message={t('cardLoadFailed', lead.message)} />
    );
  }
  const view = lead.value;
  // Every write can add history (stage and field changes) and change the score: read both again.
  const refresh = () => {
    lead.reload();
    history.reload();
  };
  const tabs: Array<[Tab, string]> = [
    ['details', t('cardTabDetails')],
    ['history', t('cardTabHistory')],
  ];
  return (
    <div class="lead-screen">
      <div role="tablist" class="tabs" aria-label={t('cardTabs')} onKeyDown={onTabKeys(tabs.map(([id]) => id), tab, setTab)}>
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`card-tab-${id}`}
            data-tab={id}
            tabIndex={tab === id ? 0 : -1}
            aria-selected={tab === id}
            aria-controls={`card-panel-${id}`}
            class={tab === id ? 'tab selected' : 'tab'}
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`card-panel-${tab}`} aria-labelledby={`card-tab-${tab}`}>
        {tab === 'details' ? (
          <LeadCard
            view={view}
            settings={settings}
            onOpenLead={onOpenLead}
            onChangeStage={async (stage) => {
              const next = await send('leads.changeStage', { leadId, stage });
              lead.set({ ...view, lead: next });
              refresh();
            }}
            onSaveLead={async (patch) => {
              const next = await send('leads.update', { leadId, patch });
              lead.set({ ...view, lead: next });
              refresh();
            }}
            onSavePerson={async (patch) => {
              const person = await send('people.update', { personId: view.person.id, patch });
              lead.set({ ...view, person });
              refresh();
            }}
          />
        ) : (
          <>
            <AddActivityBar
              onAddActivity={async (activity) => {
                await send('activities.add', { leadId, activity });
                refresh();
              }}
              onAddReminder={async ({ dueAt, note }) => {
                await send('reminders.create', { leadId, dueAt, note });
                refresh();
                onRemindersChanged();
              }}
            />
            <HistoryPanel history={history} stages={settings?.stages ?? []} />
          </>
        )}
      </div>
    </div>
  );
}
