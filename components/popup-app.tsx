import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../lib/i18n';
import { DueScreen } from './due-screen';
import { LeadScreen } from './lead-screen';
import { LazyNewLead } from './lazy-new-lead';
import type { NewLeadContext } from './new-lead-view';
import { OpenEmailLeads } from './open-email-leads';
import { PageScreen } from './page-screen';
import { SearchScreen } from './search-screen';
import { StatusLine } from './status-line';
import { useDue } from './use-due';
import { useScan } from './use-scan';
import { useSettings } from './use-settings';
import { useStatus } from './use-status';
import { ViewTabs, type TabName } from './view-tabs';
import { WebmailWarning } from './webmail-warning';

type View =
  | { name: TabName }
  | { name: 'card'; leadId: string; back: View }
  | { name: 'new'; context: NewLeadContext | null; back: View };

/** `?new=1&selection=…&link=…&page=…&title=…`: the context menu's "Save as lead", prefilled. */
function contextMenuView(params: URLSearchParams): View | null {
  if (params.get('new') !== '1') return null;
  const page = params.get('page');
  const title = params.get('title');
  const context: NewLeadContext = {
    selection: params.get('selection') ?? '',
    link: params.get('link') ?? '',
    ...(page ? { page } : {}),
    ...(title ? { title } : {}),
  };
  return { name: 'new', context, back: { name: 'due' } };
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Capture runs only while "On this page" is shown: injecting into a tab is not free. */
function PageTab({ search, onOpen, onSaved }: { search: string; onOpen: (leadId: string) => void; onSaved: () => void }) {
  const scan = useScan(search);
  return <PageScreen scan={scan} onOpen={onOpen} onSaved={onSaved} />;
}

/**
 * The toolbar popup. Opens on the due list when anything is due, else on "On this page";
 * `?lead=<id>` opens that lead's card (notifications), `?tab=<id>` picks the tab capture reads.
 */
export function PopupApp({ search = location.search }: { search?: string }) {
  const params = new URLSearchParams(search);
  const initialLead = params.get('lead');
  const [view, setView] = useState<View>(
    () => contextMenuView(params) ?? (initialLead ? { name: 'card', leadId: initialLead, back: { name: 'due' } } : { name: 'due' }),
  );
  // Once the rep picks a view (or a link picked one), loading results never move them elsewhere.
  const chosen = useRef(view.name !== 'due');
  const [query, setQuery] = useState('');
  const [focusSignal, setFocusSignal] = useState(0);
  const due = useDue();
  const settings = useSettings();
  // The footer's counts wait for the due list: counting 100,000 leads must not delay its paint.
  const status = useStatus(due.state !== 'loading');
  const viewRef = useRef<HTMLElement>(null);

  const go = (next: View) => {
    chosen.current = true;
    setView(next);
  };
  const open = (leadId: string) => go({ name: 'card', leadId, back: view });
  const changed = () => {
    due.reload();
    status.reload();
  };

  useEffect(() => {
    if (!chosen.current && due.state === 'ready' && due.value.length === 0) setView({ name: 'page' });
  }, [due.state]);

  // Opening a card, or leaving one, moves focus to the view so a screen reader follows; switching
  // tabs leaves focus on the tab (the tabs pattern), and search focuses its own box.
  const viewKey = view.name === 'card' ? `card:${view.leadId}` : view.name;
  const newLead = () => go({ name: 'new', context: null, back: view });
  const shownKey = useRef(viewKey);
  useEffect(() => {
    const previous = shownKey.current;
    shownKey.current = viewKey;
    if (previous === viewKey || view.name === 'search') return;
    if (previous.startsWith('card:') || viewKey.startsWith('card:')) viewRef.current?.focus();
  }, [viewKey]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '/' && !isTyping(event.target)) {
        event.preventDefault();
        go({ name: 'search' });
        setFocusSignal((value) => value + 1);
      } else if (event.key === 'Escape') {
        if (view.name === 'card' || view.name === 'new') {
          event.preventDefault();
          setView(view.back);
        } else if (view.name === 'search' && query) {
          event.preventDefault();
          setQuery('');
        } else if (view.name !== 'due') {
          event.preventDefault();
          go({ name: 'due' });
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const stages = settings.state === 'ready' ? settings.value.stages : [];
  const tab = view.name === 'card' || view.name === 'new' ? null : view.name;
  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icon/32.png" width={20} height={20} alt="" />
        <h1>{t('popupTitle')}</h1>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openDashboard')}
        </button>
      </header>
      <ViewTabs current={tab} dueCount={due.state === 'ready' ? due.value.length : undefined} onSelect={(name) => go({ name })} />
      <section id="view" class="popup-section" tabIndex={-1} ref={viewRef} aria-labelledby={tab ? `tab-${tab}` : view.name === 'new' ? 'new-lead-title' : 'card-name'} role={tab ? 'tabpanel' : undefined}>
        {view.name === 'card' && (
          <button type="button" class="link back" data-testid="back" onClick={() => setView(view.back)}>
            <span aria-hidden="true">← </span>
            {t('popupBack')}
          </button>
        )}
        {view.name === 'due' && <DueScreen due={due} stages={stages} onOpen={open} onChanged={changed} />}
        {view.name === 'page' && (
          <>
            <WebmailWarning search={search} />
            <OpenEmailLeads search={search} onOpen={open} onSaved={changed} />
            <PageTab search={search} onOpen={open} onSaved={changed} />
            <button type="button" class="new-lead-button" data-testid="new-lead" onClick={newLead}>
              {t('newLeadOpen')}
            </button>
          </>
        )}
        {view.name === 'new' && (
          <LazyNewLead
            context={view.context}
            onCancel={() => setView(view.back)}
            onSaved={(leadId) => {
              changed();
              go({ name: 'card', leadId, back: view.back });
            }}
          />
        )}
        {view.name === 'search' && <SearchScreen query={query} onQuery={setQuery} stages={stages} onOpen={open} focusSignal={focusSignal} />}
        {view.name === 'card' && (
          <LeadScreen key={view.leadId} leadId={view.leadId} settings={settings.state === 'ready' ? settings.value : undefined} onOpenLead={open} onRemindersChanged={changed} />
        )}
      </section>
      <footer class="popup-footer">
        <StatusLine status={status} />
        <p class="muted small">{t('popupKeys')}</p>
      </footer>
    </main>
  );
}
