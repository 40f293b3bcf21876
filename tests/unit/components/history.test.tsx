import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Activity } from '../../../lib/model/activity';
import { groupByDay } from '../../../components/history-list';
import { LeadScreen } from '../../../components/lead-screen';
import { allByTestId, buttonNamed, byTestId, change, click, fakeSend, mount, sampleLead, samplePerson, settings, submit, type, type Mounted, type SendHolder } from './harness';

const client = vi.hoisted(() => ({ send: undefined as unknown as SendHolder['send'] }));
vi.mock('../../../lib/messaging/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/messaging/client')>()),
  send: (message: string, payload: unknown) => client.send(message, payload),
}));

let mounted: Mounted | undefined;
afterEach(() => mounted?.unmount());

const day = (daysAgo: number, hour: number) => {
  const date = new Date();
  date.setDate(date.getDate() - daysAgo);
  date.setHours(hour, 0, 0, 0);
  return date.getTime();
};
const base = { leadId: 'l1', personId: 'p1', origin: 'manual' as const };

const HISTORY: Activity[] = [
  { ...base, id: 'a1', kind: 'captured', at: day(3, 10), summary: 'Team page', origin: 'page', details: { url: 'https://northwind.example/team' } },
  { ...base, id: 'a2', kind: 'email-sent', at: day(1, 9), summary: '', origin: 'gmail', details: { to: [{ email: 'anna@northwind.example', name: 'Anna Schmidt' }], cc: [], bcc: [], subject: 'Our proposal', snippet: 'Hi Anna, here it is' } },
  { ...base, id: 'a3', kind: 'call', at: day(1, 15), summary: 'Talked budget', details: { outcome: 'connected', durationMin: 12 } },
  { ...base, id: 'a4', kind: 'stage-change', at: day(0, 8), summary: '', details: { from: 'contacted', to: 'qualified' } },
  { ...base, id: 'a5', kind: 'offer', at: day(0, 9), summary: 'Annual plan', details: { amount: { amount: 24000, currency: 'EUR' }, status: 'accepted' } },
];

async function openHistory(replies: Parameters<typeof fakeSend>[0] = {}) {
  let history = [...HISTORY];
  const send = fakeSend({
    'leads.get': () => ({ lead: sampleLead(), person: samplePerson(), otherLeads: [] }),
    'activities.list': () => [...history].sort((a, b) => b.at - a.at),
    'activities.add': (payload) => {
      const { activity } = payload as { activity: { kind: 'note'; summary: string } };
      const added: Activity = { ...base, id: `new-${history.length}`, at: Date.now(), kind: 'note', summary: activity.summary, details: {} };
      history = [...history, added];
      return added;
    },
    'reminders.create': (payload) => ({ id: 'r9', status: 'open', cause: 'manual', createdAt: 0, updatedAt: 0, ...(payload as object) }),
    ...replies,
  });
  client.send = send;
  const onRemindersChanged = vi.fn();
  mounted = await mount(<LeadScreen leadId="l1" settings={settings} onOpenLead={() => undefined} onRemindersChanged={onRemindersChanged} />);
  await click(buttonNamed(mounted.root, 'History'));
  return { send, root: mounted.root, onRemindersChanged };
}

describe('groupByDay', () => {
  it('orders activities newest first and groups them by local day', () => {
    const groups = groupByDay(HISTORY);
    expect(groups.map((group) => group.items.map((item) => item.id))).toEqual([['a5', 'a4'], ['a3', 'a2'], ['a1']]);
  });
});

describe('the history', () => {
  it('shows every kind with its details, newest first, under a heading per day', async () => {
    const { root } = await openHistory();
    expect(root.querySelectorAll('.history h4')).toHaveLength(3);
    const rows = allByTestId(root, 'activity');
    expect(rows.map((row) => row.dataset.kind)).toEqual(['offer', 'stage-change', 'call', 'email-sent', 'captured']);
    expect(rows[0]?.textContent).toContain('€24,000.00 · Accepted');
    expect(rows[1]?.textContent).toContain('Contacted → Qualified');
    expect(rows[2]?.textContent).toContain('Talked · 12 min');
    expect(rows[3]?.textContent).toContain('Our proposal');
    expect(rows[3]?.textContent).toContain('To: Anna Schmidt');
    expect(rows[4]?.querySelector('a')?.getAttribute('href')).toBe('https://northwind.example/team');
  });

  it('filters by kind', async () => {
    const { root } = await openHistory();
    const filter = byTestId(root, 'history-filter');
    await change(filter, 'call');
    expect(allByTestId(root, 'activity').map((row) => row.dataset.kind)).toEqual(['call']);
    await change(filter, 'meeting');
    expect(byTestId(root, 'history-empty')?.textContent).toBe('Nothing of this kind yet.');
  });

  it('adds a note and shows it at the top', async () => {
    const { root, send } = await openHistory();
    await click(buttonNamed(root, 'Note'));
    const form = byTestId(root, 'add-note-form');
    await submit(form);
    expect(form?.querySelector('[role="alert"]')?.textContent).toBe('Write the note first.');
    await type(form?.querySelector('textarea'), 'Wants a discount');
    await submit(form);
    expect(send).toHaveBeenCalledWith('activities.add', { leadId: 'l1', activity: { kind: 'note', summary: 'Wants a discount' } });
    expect(byTestId(root, 'add-note-form')).toBeNull();
    expect(allByTestId(root, 'activity')[0]?.textContent).toContain('Wants a discount');
  });

  it('logs an offer with amount, currency and status', async () => {
    const { root, send } = await openHistory();
    await click(buttonNamed(root, 'Offer'));
    const form = byTestId(root, 'add-offer-form') as HTMLElement;
    const [amount, currency] = [...form.querySelectorAll('input')];
    await type(amount, '12 500,50');
    await type(currency, 'xx');
    await submit(form);
    expect(form.querySelector('[role="alert"]')?.textContent).toBe('A currency is three letters, e.g. USD, EUR, RUB.');
    await type(currency, 'rub');
    await submit(form);
    expect(send).toHaveBeenCalledWith('activities.add', { leadId: 'l1', activity: { kind: 'offer', summary: '', status: 'sent', amount: { amount: 12500.5, currency: 'RUB' } } });
  });

  it('sets a reminder in 3 days at 9:00 and tells the popup', async () => {
    const { root, send, onRemindersChanged } = await openHistory();
    await click(buttonNamed(root, 'Reminder'));
    const form = byTestId(root, 'add-reminder-form') as HTMLElement;
    await change(form.querySelector('input[value="three-days"]'), true);
    await type(form.querySelector('input:not([type="radio"])'), 'Send the case study');
    await submit(form);
    const expected = new Date();
    expected.setDate(expected.getDate() + 3);
    expected.setHours(9, 0, 0, 0);
    expect(send).toHaveBeenCalledWith('reminders.create', { leadId: 'l1', dueAt: expected.getTime(), note: 'Send the case study' });
    expect(onRemindersChanged).toHaveBeenCalled();
  });

  it('keeps the note when the background refuses it', async () => {
    const { root } = await openHistory({
      'activities.add': () => {
        throw new Error('This lead no longer exists.');
      },
    });
    await click(buttonNamed(root, 'Note'));
    const form = byTestId(root, 'add-note-form') as HTMLElement;
    await type(form.querySelector('textarea'), 'Important');
    await submit(form);
    expect(form.querySelector('[role="alert"]')?.textContent).toContain('This lead no longer exists.');
    expect(form.querySelector('textarea')?.value).toBe('Important');
  });
});

describe('history paging', () => {
  it('offers older pages when the first page is full, and stops when there is no more', async () => {
    // 250 notes a minute apart: a page of 200, then the 50 older ones.
    const start = day(5, 9);
    const notes: Activity[] = Array.from({ length: 250 }, (_, i) => ({ ...base, id: `n${i}`, kind: 'note', at: start + i * 60_000, summary: `note ${i}`, details: {} }));
    const { send, root } = await openHistory({
      'activities.list': (payload) => {
        const { limit, before } = payload as { limit: number; before?: number };
        return notes.filter((note) => before === undefined || note.at < before).sort((a, b) => b.at - a.at).slice(0, limit);
      },
    });
    expect(root.querySelectorAll('[data-testid="history"] li').length).toBe(200);
    await click(byTestId(root, 'history-more') as HTMLElement);
    expect(send).toHaveBeenCalledWith('activities.list', { leadId: 'l1', limit: 200, before: notes[50]!.at + 1 });
    expect(root.querySelectorAll('[data-testid="history"] li').length).toBe(250);
    expect(byTestId(root, 'history-more')).toBeNull();
  });

  it('shows no paging for a short history', async () => {
    const { root } = await openHistory();
    expect(byTestId(root, 'history-more')).toBeNull();
  });
});
