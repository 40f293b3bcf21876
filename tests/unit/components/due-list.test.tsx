import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DueItem } from '../../../lib/messaging/protocol';
import type { Reminder } from '../../../lib/model/reminder';
import { PopupApp } from '../../../components/popup-app';
import { allByTestId, buttonNamed, byTestId, click, fakeSend, key, mount, settings, type Mounted, type Replies, type SendHolder } from './harness';

const client = vi.hoisted(() => ({ send: undefined as unknown as SendHolder['send'] }));
vi.mock('../../../lib/messaging/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/messaging/client')>()),
  send: (message: string, payload: unknown) => client.send(message, payload),
}));

const NOW = Date.now();
const HOUR = 3_600_000;

function due(id: string, name: string, dueAt: number, extra: Partial<DueItem> = {}): DueItem {
  const reminder: Reminder = { id, leadId: `lead-${id}`, dueAt, note: `note ${id}`, status: 'open', cause: 'manual', createdAt: dueAt, updatedAt: dueAt };
  return { reminder, leadId: `lead-${id}`, name, stage: 'contacted', ...extra };
}

let mounted: Mounted | undefined;
afterEach(() => mounted?.unmount());
beforeEach(() => performance.clearMarks());

function replies(items: DueItem[], extra: Replies = {}): Replies {
  return {
    'reminders.due': () => items,
    'settings.get': () => settings,
    'app.status': () => ({ version: '0.1.0', leads: 3, dueReminders: items.length }),
    'capture.scan': () => ({ tabId: 1, page: { url: 'https://example.com/', title: 'Example', referrer: '', utm: {} }, people: [], organizations: [], truncated: false }),
    ...extra,
  };
}

describe('the due list', () => {
  it('shows each follow-up with name, company, stage, note and whether it is overdue', async () => {
    client.send = fakeSend(replies([due('r1', 'Anna Schmidt', NOW - 50 * HOUR, { company: 'Northwind' }), due('r2', 'Пётр Иванов', NOW - 60_000)]));
    mounted = await mount(<PopupApp search="" />);
    const rows = allByTestId(mounted.root, 'due-row');
    expect(rows.map((row) => row.querySelector('.row-title')?.textContent)).toEqual(['Anna Schmidt', 'Пётр Иванов']);
    expect(rows[0]?.textContent).toContain('Northwind');
    expect(rows[0]?.textContent).toContain('Contacted');
    expect(rows[0]?.textContent).toContain('note r1');
    expect(rows[0]?.querySelector('time')?.className).toBe('overdue');
    expect(rows[0]?.textContent).toMatch(/^.*Overdue since/);
    expect(rows[1]?.textContent).toContain('Today,');
    expect(buttonNamed(mounted.root, 'Due now (2)')?.getAttribute('aria-selected')).toBe('true');
  });

  it('marks the first paint with data for the bench', async () => {
    client.send = fakeSend(replies([due('r1', 'Anna', NOW - HOUR)]));
    mounted = await mount(<PopupApp search="" />);
    await vi.waitFor(() => expect(performance.getEntriesByName('due-painted')).toHaveLength(1));
  });

  it('Done asks the background and removes the row', async () => {
    // The background's list, as it answers a reload after the write.
    let items = [due('r1', 'Anna', NOW - HOUR), due('r2', 'Boris', NOW - 60_000)];
    const send = fakeSend({
      ...replies([]),
      'reminders.due': () => items,
      'reminders.done': (payload) => {
        items = items.filter((item) => item.reminder.id !== (payload as { reminderId: string }).reminderId);
        return {};
      },
    });
    client.send = send;
    mounted = await mount(<PopupApp search="" />);
    const anna = allByTestId(mounted.root, 'due-row')[0];
    await click(buttonNamed(anna as HTMLElement, 'Done'));
    expect(send).toHaveBeenCalledWith('reminders.done', { reminderId: 'r1' });
    expect(allByTestId(mounted.root, 'due-row').map((row) => row.querySelector('.row-title')?.textContent)).toEqual(['Boris']);
  });

  it('a going-cold offer moves the customer to Inactive and closes the offer', async () => {
    let items = [due('r1', 'Anna', NOW - HOUR, { stage: 'customer', reminder: { ...due('r1', 'Anna', NOW - HOUR).reminder, note: '', cause: 'going-cold' } })];
    const send = fakeSend({
      ...replies([]),
      'reminders.due': () => items,
      'leads.changeStage': () => ({}),
      'reminders.done': () => {
        items = [];
        return {};
      },
    });
    client.send = send;
    mounted = await mount(<PopupApp search="" />);
    const row = allByTestId(mounted.root, 'due-row')[0] as HTMLElement;
    expect(row.textContent).toContain('gone quiet');
    await click(buttonNamed(row, 'Move to Inactive'));
    expect(send).toHaveBeenCalledWith('leads.changeStage', { leadId: 'lead-r1', stage: 'inactive' });
    expect(send).toHaveBeenCalledWith('reminders.done', { reminderId: 'r1' });
    expect(allByTestId(mounted.root, 'due-row')).toHaveLength(0);
  });

  it('offers Inactive only for going-cold reminders', async () => {
    client.send = fakeSend(replies([due('r1', 'Anna', NOW - HOUR)]));
    mounted = await mount(<PopupApp search="" />);
    expect(byTestId(mounted.root, 'move-to-inactive')).toBeNull();
  });

  it('a failed Done keeps the row and says why', async () => {
    client.send = fakeSend(
      replies([due('r1', 'Anna', NOW - HOUR)], {
        'reminders.done': () => {
          throw new Error('This reminder no longer exists.');
        },
      }),
    );
    mounted = await mount(<PopupApp search="" />);
    await click(buttonNamed(mounted.root, 'Done'));
    expect(allByTestId(mounted.root, 'due-row')).toHaveLength(1);
    expect(mounted.root.querySelector('[role="alert"]')?.textContent).toBe('Not saved: This reminder no longer exists.. Try again.');
  });

  it('Snooze offers 1 hour, tomorrow 9:00, next Monday 9:00 and a date, and sends the chosen time', async () => {
    let items = [due('r1', 'Anna', NOW - HOUR)];
    const send = fakeSend({
      ...replies([]),
      'reminders.due': () => items,
      'reminders.snooze': (payload) => {
        items = [];
        return { ...due('r1', 'Anna', (payload as { until: number }).until).reminder, status: 'snoozed' };
      },
    });
    client.send = send;
    mounted = await mount(<PopupApp search="" />);
    await click(buttonNamed(mounted.root, 'Snooze'));
    const menu = mounted.root.querySelector('[role="group"][aria-label="Snooze until"]') as HTMLElement;
    expect([...menu.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['For 1 hour', 'Tomorrow 9:00', 'Next Monday 9:00', 'Snooze to this date']);
    expect(menu.querySelector('input[type="date"]')).not.toBeNull();
    await click(buttonNamed(menu, 'Tomorrow 9:00'));
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    tomorrow.setHours(9, 0, 0, 0);
    expect(send).toHaveBeenCalledWith('reminders.snooze', { reminderId: 'r1', until: tomorrow.getTime() });
    expect(allByTestId(mounted.root, 'due-row')).toHaveLength(0);
    expect(byTestId(mounted.root, 'due-empty')?.textContent).toBe('Nothing is due. Well done.');
  });

  it('opens on "On this page" when nothing is due', async () => {
    const send = fakeSend(replies([]));
    client.send = send;
    mounted = await mount(<PopupApp search="?tab=42" />);
    expect(buttonNamed(mounted.root, 'On this page')?.getAttribute('aria-selected')).toBe('true');
    expect(send).toHaveBeenCalledWith('capture.scan', { tabId: 42 });
    expect(byTestId(mounted.root, 'capture-empty')?.textContent).toBe('No people or contacts found on this page.');
  });

  it('arrow keys move between rows, Enter opens the lead and Esc goes back', async () => {
    const lead = vi.fn(() => {
      throw new Error('stop here');
    });
    client.send = fakeSend(replies([due('r1', 'Anna', NOW - HOUR), due('r2', 'Boris', NOW - 60_000)], { 'leads.get': lead, 'activities.list': () => [] }));
    mounted = await mount(<PopupApp search="" />);
    const rows = allByTestId(mounted.root, 'due-row');
    rows[0]?.focus();
    await key(rows[0] as HTMLElement, 'ArrowDown');
    expect(document.activeElement).toBe(rows[1]);
    await key(rows[1] as HTMLElement, 'Enter');
    expect(lead).toHaveBeenCalledWith({ leadId: 'lead-r2' });
    expect(mounted.root.textContent).toContain('Could not open this lead: stop here');
    await key(document, 'Escape');
    expect(allByTestId(mounted.root, 'due-row')).toHaveLength(2);
  });

  it('Left and Right move between the popup’s views, and / jumps to search', async () => {
    const send = fakeSend(replies([due('r1', 'Anna', NOW - HOUR)], { 'leads.search': () => [] }));
    client.send = send;
    mounted = await mount(<PopupApp search="?tab=7" />);
    const dueTab = buttonNamed(mounted.root, 'Due now (1)') as HTMLElement;
    dueTab.focus();
    await key(dueTab, 'ArrowRight');
    expect(buttonNamed(mounted.root, 'On this page')?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(buttonNamed(mounted.root, 'On this page'));
    expect(send).toHaveBeenCalledWith('capture.scan', { tabId: 7 });
    await key(document.body, '/');
    expect(document.activeElement).toBe(byTestId(mounted.root, 'search-input'));
  });
});
