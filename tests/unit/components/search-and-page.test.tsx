import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScanResult } from '../../../lib/messaging/protocol';
import { PopupApp } from '../../../components/popup-app';
import { allByTestId, buttonNamed, byTestId, click, fakeSend, key, mount, settings, settle, type, type Mounted, type SendHolder } from './harness';

const client = vi.hoisted(() => ({ send: undefined as unknown as SendHolder['send'] }));
vi.mock('../../../lib/messaging/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/messaging/client')>()),
  send: (message: string, payload: unknown) => client.send(message, payload),
}));

let mounted: Mounted | undefined;
afterEach(() => mounted?.unmount());

const base = {
  'reminders.due': () => [],
  'settings.get': () => settings,
  'app.status': () => ({ version: '0.1.0', leads: 2, dueReminders: 0 }),
};

const SCAN: ScanResult = {
  tabId: 9,
  page: { url: 'https://northwind.example/team?utm_source=newsletter&utm_campaign=q4', title: 'Our team', referrer: 'https://www.google.com/', utm: { source: 'newsletter', campaign: 'q4' } },
  people: [
    { name: 'Anna Schmidt', jobTitle: 'Head of Sales', organization: 'Northwind', emails: ['anna@northwind.example'], phones: ['+4930123456;ext=12'], profiles: [] },
    { name: 'Boris Petrov', emails: ['boris@northwind.example'], phones: [], profiles: [], known: { personId: 'p2', leadId: 'l2' } },
  ],
  organizations: [{ name: 'Northwind', domain: 'northwind.example', emails: [], phones: [], address: null }],
  truncated: false,
};

describe('search', () => {
  it('asks once the rep pauses, shows results and opens one with Enter', async () => {
    const search = vi.fn((_payload: unknown) => [
      { leadId: 'l1', personId: 'p1', name: 'David Chen', title: 'Pilot', company: 'Contoso', stage: 'negotiation', email: 'david@contoso.example' },
    ]);
    client.send = fakeSend({ ...base, 'capture.scan': () => SCAN, 'leads.search': search, 'leads.get': () => new Promise(() => undefined) });
    mounted = await mount(<PopupApp search="?tab=9" />);
    await click(buttonNamed(mounted.root, 'Search'));
    const input = byTestId(mounted.root, 'search-input');
    await type(input, 'c');
    await type(input, 'ch');
    await type(input, 'che');
    await new Promise((resolve) => setTimeout(resolve, 250));
    await settle();
    // Three keystrokes inside the debounce: one query, for what was typed last.
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith({ query: 'che', limit: 30 });
    const results = allByTestId(mounted.root, 'search-result');
    expect(results).toHaveLength(1);
    expect(results[0]?.textContent).toContain('David Chen');
    expect(results[0]?.textContent).toContain('Negotiation');
    await key(input as HTMLElement, 'Enter');
    expect(buttonNamed(mounted.root, /Back$/)).toBeDefined();
  });
});

describe('on this page', () => {
  it('lists the people found, marks the known ones and saves one with the page as its source', async () => {
    const send = fakeSend({ ...base, 'capture.scan': () => SCAN, 'capture.save': () => ({ leadId: 'l9', personId: 'p9', reusedPerson: false }) });
    client.send = send;
    mounted = await mount(<PopupApp search="?tab=9" />);
    expect(send).toHaveBeenCalledWith('capture.scan', { tabId: 9 });
    const [anna, boris] = allByTestId(mounted.root, 'captured-person');
    expect(anna?.textContent).toContain('Head of Sales · Northwind');
    expect(anna?.querySelector('a[href="tel:+4930123456;ext=12"]')).not.toBeNull();
    expect(byTestId(boris as HTMLElement, 'known')?.textContent).toBe('Already a lead');
    expect(buttonNamed(boris as HTMLElement, 'Save')).toBeUndefined();
    await click(buttonNamed(anna as HTMLElement, 'Save'));
    expect(send).toHaveBeenCalledWith('capture.save', {
      person: SCAN.people[0],
      organization: { name: 'Northwind', domain: 'northwind.example' },
      source: { kind: 'page', url: SCAN.page.url, title: 'Our team', referrer: 'https://www.google.com/', utm: { source: 'newsletter', campaign: 'q4' } },
    });
    expect(byTestId(anna as HTMLElement, 'known')?.textContent).toBe('Saved');
    expect(buttonNamed(anna as HTMLElement, 'Open')).toBeDefined();
  });

  it('says why a page cannot be read, with the background’s reason', async () => {
    const { ProtocolError } = await import('../../../lib/messaging/client');
    client.send = fakeSend({
      ...base,
      'capture.scan': () => {
        throw new ProtocolError('cannot-inject', 'Browser pages (chrome://, about:) cannot be read by extensions.');
      },
    });
    mounted = await mount(<PopupApp search="?tab=9" />);
    const notice = byTestId(mounted.root, 'capture-error');
    expect(notice?.textContent).toContain('LeadTrail cannot read this page.');
    expect(notice?.textContent).toContain('Browser pages (chrome://, about:) cannot be read by extensions.');
  });
});
