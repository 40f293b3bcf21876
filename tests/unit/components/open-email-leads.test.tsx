import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OpenEmailLeads } from '../../../components/open-email-leads';
import type { KnownAddress } from '../../../lib/messaging/protocol';
import type { OpenEmail } from '../../../lib/messaging/open-email';
import { allByTestId, buttonNamed, byTestId, click, fakeSend, mount, type Mounted, type SendHolder } from './harness';

const client = vi.hoisted(() => ({ send: undefined as unknown as SendHolder['send'] }));
vi.mock('../../../lib/messaging/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/messaging/client')>()),
  send: (message: string, payload: unknown) => client.send(message, payload),
}));

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  vi.restoreAllMocks();
});

const THREAD: OpenEmail = {
  provider: 'gmail',
  compose: true,
  messages: 2,
  subject: 'Re: Pricing for Q3',
  addresses: [
    { name: 'Peter Novak', email: 'peter.novak@northwind-traders.com' },
    { name: 'Lisa Chen', email: 'lisa.chen@northwind-traders.com' },
    { email: 'orders@northwind-traders.com' },
  ],
};
const PETER_LEAD: KnownAddress = { email: 'peter.novak@northwind-traders.com', personId: 'p-peter', leadId: 'l-peter', name: 'Peter N. (Northwind)' };

/** A tab at url, and the tab's content script answering with `answer` (or failing like Chrome). */
async function tabWith(url: string, answer: () => Promise<unknown>) {
  const tab = await fakeBrowser.tabs.create({ url });
  const ask = vi.fn(async (_tabId: number, _message: unknown) => answer());
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(ask as unknown as typeof fakeBrowser.tabs.sendMessage);
  return { search: `?tab=${tab.id}`, tabId: tab.id as number, ask };
}

function row(email: string): HTMLElement {
  const found = allByTestId(mounted?.root as HTMLElement, 'open-email-person').find((each) => each.dataset.email === email);
  if (!found) throw new Error(`no row for ${email}`);
  return found;
}

describe('In this email', () => {
  it('marks the lead among the addresses and adds another as a lead from the email', async () => {
    const { search, tabId, ask } = await tabWith('https://mail.google.com/mail/u/0/#inbox/abc', async () => THREAD);
    const lookup = vi.fn((_payload: unknown) => [PETER_LEAD]);
    const save = vi.fn((_payload: unknown) => ({ leadId: 'l-lisa', personId: 'p-lisa', reusedPerson: false }));
    client.send = fakeSend({ 'people.lookup': lookup, 'capture.save': save });
    const onOpen = vi.fn();
    const onSaved = vi.fn();
    mounted = await mount(<OpenEmailLeads search={search} onOpen={onOpen} onSaved={onSaved} />);

    expect(ask).toHaveBeenCalledWith(tabId, { type: 'leadtrail.openEmail' });
    expect(lookup).toHaveBeenCalledWith({ emails: THREAD.addresses.map((each) => each.email) });
    expect(byTestId(mounted.root, 'open-email')?.querySelector('h2')?.textContent).toBe('In this email');
    expect(byTestId(mounted.root, 'open-email-subject')?.textContent).toBe('Re: Pricing for Q3');

    const peter = row('peter.novak@northwind-traders.com');
    // The lead's name as LeadTrail has it, not the display name in the email.
    expect(peter.querySelector('.row-title')?.textContent).toBe('Peter N. (Northwind)');
    expect(byTestId(peter, 'open-email-lead')?.textContent).toBe('Lead');
    expect(buttonNamed(peter, 'Add as lead')).toBeUndefined();
    await click(buttonNamed(peter, 'Open'));
    expect(onOpen).toHaveBeenCalledWith('l-peter');

    const lisa = row('lisa.chen@northwind-traders.com');
    expect(byTestId(lisa, 'open-email-not-lead')?.textContent).toBe('Not a lead');
    await click(buttonNamed(lisa, 'Add as lead'));
    expect(save).toHaveBeenCalledWith({
      person: { name: 'Lisa Chen', emails: ['lisa.chen@northwind-traders.com'], phones: [], profiles: [] },
      source: { kind: 'email', utm: {} },
    });
    expect(onSaved).toHaveBeenCalledTimes(1);
    expect(byTestId(lisa, 'open-email-lead')?.textContent).toBe('Added');
    await click(buttonNamed(lisa, 'Open'));
    expect(onOpen).toHaveBeenLastCalledWith('l-lisa');
  });

  it('names a lead without a display name by its address, and keeps the row when the save fails', async () => {
    const { search } = await tabWith('https://mail.google.com/mail/u/0/#inbox/abc', async () => THREAD);
    const save = vi.fn(async (_payload: unknown) => {
      throw new Error('The database is busy.');
    });
    client.send = fakeSend({ 'people.lookup': () => [], 'capture.save': save });
    mounted = await mount(<OpenEmailLeads search={search} onOpen={vi.fn()} onSaved={vi.fn()} />);
    const orders = row('orders@northwind-traders.com');
    expect(orders.querySelector('.row-title')?.textContent).toBe('orders@northwind-traders.com');
    await click(buttonNamed(orders, 'Add as lead'));
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ person: expect.objectContaining({ name: 'orders@northwind-traders.com' }) }));
    expect(orders.querySelector('[role="alert"]')?.textContent).toContain('The database is busy.');
    expect(buttonNamed(orders, 'Add as lead')).toBeDefined();
  });

  it('adds a lead to a known person who has none, under the name on file', async () => {
    const { search } = await tabWith('https://mail.google.com/mail/u/0/#inbox/abc', async () => THREAD);
    const save = vi.fn((_payload: unknown) => ({ leadId: 'l-2', personId: 'p-lisa', reusedPerson: true }));
    client.send = fakeSend({ 'people.lookup': () => [{ email: 'lisa.chen@northwind-traders.com', personId: 'p-lisa', name: 'Lisa Chen-Wu' }], 'capture.save': save });
    mounted = await mount(<OpenEmailLeads search={search} onOpen={vi.fn()} onSaved={vi.fn()} />);
    const lisa = row('lisa.chen@northwind-traders.com');
    expect(byTestId(lisa, 'open-email-not-lead')).not.toBeNull();
    await click(buttonNamed(lisa, 'Add as lead'));
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ person: expect.objectContaining({ name: 'Lisa Chen-Wu' }) }));
  });

  it('says when no email is open, without asking who is a lead', async () => {
    const { search } = await tabWith('https://e.mail.ru/inbox/', async () => ({ provider: 'mailru', compose: false, messages: 0, subject: '', addresses: [] }));
    const lookup = vi.fn(() => []);
    client.send = fakeSend({ 'people.lookup': lookup });
    mounted = await mount(<OpenEmailLeads search={search} onOpen={vi.fn()} onSaved={vi.fn()} />);
    expect(byTestId(mounted.root, 'open-email-none')?.textContent).toContain('No email is open');
    expect(allByTestId(mounted.root, 'open-email-person')).toHaveLength(0);
    expect(lookup).not.toHaveBeenCalled();
  });

  it('asks to reload a mail tab whose content script does not answer, and asks again on request', async () => {
    let installed = false;
    const { search, ask } = await tabWith('https://mail.google.com/mail/u/0/#inbox', async () => {
      if (!installed) throw new Error('Could not establish connection. Receiving end does not exist.');
      return THREAD;
    });
    client.send = fakeSend({ 'people.lookup': () => [] });
    mounted = await mount(<OpenEmailLeads search={search} onOpen={vi.fn()} onSaved={vi.fn()} />);
    expect(byTestId(mounted.root, 'open-email-unreachable')?.textContent).toContain('Reload the mail tab');
    installed = true;
    await click(buttonNamed(mounted.root, 'Check again'));
    expect(ask).toHaveBeenCalledTimes(2);
    expect(byTestId(mounted.root, 'open-email-unreachable')).toBeNull();
    expect(allByTestId(mounted.root, 'open-email-person')).toHaveLength(3);
  });

  it('treats an answer of the wrong shape like no answer', async () => {
    const { search } = await tabWith('https://mail.google.com/mail/u/0/#inbox', async () => ({ addresses: 'peter' }));
    client.send = fakeSend({});
    mounted = await mount(<OpenEmailLeads search={search} onOpen={vi.fn()} onSaved={vi.fn()} />);
    expect(byTestId(mounted.root, 'open-email-unreachable')).not.toBeNull();
  });

  it('stays out of the way on a tab that is not a webmail, and when the tab is gone', async () => {
    const { search, ask } = await tabWith('https://northwind.example/team', async () => THREAD);
    client.send = fakeSend({});
    mounted = await mount(<OpenEmailLeads search={search} onOpen={vi.fn()} onSaved={vi.fn()} />);
    expect(byTestId(mounted.root, 'open-email')).toBeNull();
    expect(ask).not.toHaveBeenCalled();
    mounted.unmount();
    mounted = await mount(<OpenEmailLeads search="?tab=999" onOpen={vi.fn()} onSaved={vi.fn()} />);
    expect(byTestId(mounted.root, 'open-email')).toBeNull();
  });
});
