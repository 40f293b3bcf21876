import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LeadView } from '../../../lib/messaging/protocol';
import { LeadScreen } from '../../../components/lead-screen';
import { ProtocolError } from '../../../lib/messaging/client';
import { buttonNamed, byTestId, click, fakeSend, mount, sampleLead, samplePerson, settings, submit, type, type Mounted, type SendHolder } from './harness';

const client = vi.hoisted(() => ({ send: undefined as unknown as SendHolder['send'] }));
vi.mock('../../../lib/messaging/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/messaging/client')>()),
  send: (message: string, payload: unknown) => client.send(message, payload),
}));

let mounted: Mounted | undefined;
afterEach(() => mounted?.unmount());

function view(extra: Partial<LeadView> = {}): LeadView {
  return {
    lead: sampleLead({
      product: 'LeadTrail Teams',
      bant: { budget: { amount: { amount: 24000, currency: 'EUR' }, note: 'Approved' }, authority: { level: 'decision-maker' } },
      qualifiers: { dealSize: { amount: 1500, currency: 'USD' }, custom: { seats: '20' } },
      score: { total: 35, computedAt: Date.now(), breakdown: [{ rule: 'has-email', points: 10 }, { rule: 'inactive-weeks', points: -5, detail: '3' }] },
      tags: ['inbound'],
    }),
    person: samplePerson({ location: { city: 'Berlin', country: 'Germany' }, profiles: [{ network: 'linkedin', url: 'https://www.linkedin.com/in/anna' }] }),
    company: { id: 'c1', name: 'Northwind Traders', phones: [], emails: [], tags: [], createdAt: 0, updatedAt: 0 },
    otherLeads: [sampleLead({ id: 'l2', title: 'Support contract', stage: 'customer' })],
    nextReminder: { id: 'r1', leadId: 'l1', dueAt: Date.now() + 86_400_000, note: 'Call back', status: 'open', cause: 'manual', createdAt: 0, updatedAt: 0 },
    ...extra,
  };
}

async function open(replies: Parameters<typeof fakeSend>[0] = {}) {
  const send = fakeSend({ 'leads.get': () => view(), 'activities.list': () => [], ...replies });
  client.send = send;
  const onOpenLead = vi.fn();
  mounted = await mount(<LeadScreen leadId="l1" settings={settings} onOpenLead={onOpenLead} onRemindersChanged={() => undefined} />);
  return { send, onOpenLead, root: mounted.root };
}

describe('the lead card', () => {
  it('shows the person, their contacts with mailto: and tel: links, and the lead', async () => {
    const { root } = await open();
    expect(byTestId(root, 'card-name')?.textContent).toBe('Anna Schmidt');
    expect(root.querySelector('.avatar')?.textContent).toBe('AS');
    expect(byTestId(root, 'card-role')?.textContent).toBe('Head of Sales · Northwind Traders');
    expect(root.querySelector('a[href="mailto:anna@northwind.example"]')?.textContent).toBe('anna@northwind.example');
    expect(root.querySelector('a[href="tel:+4930123456"]')?.textContent).toBe('+49 30 123456');
    expect(buttonNamed(root, 'Copy anna@northwind.example')).toBeDefined();
    expect(byTestId(root, 'person-location')?.textContent).toContain('Berlin, Germany');
    expect(root.querySelector('a[href="https://www.linkedin.com/in/anna"]')?.textContent).toBe('LinkedIn');
    expect(byTestId(root, 'card-source')?.textContent).toContain('Captured from a page');
    expect(byTestId(root, 'card-next')?.textContent).toContain('Call back');
    expect(byTestId(root, 'lead-tags')?.textContent).toContain('inbound');
  });

  it('shows the score with the points of each rule, BANT, qualifiers and the other leads', async () => {
    const { root, onOpenLead } = await open();
    const score = byTestId(root, 'card-score');
    expect(score?.querySelector('.score-total')?.textContent).toBe('35');
    expect([...(score?.querySelectorAll('tr') ?? [])].map((row) => row.textContent)).toEqual(['Has an email+10', 'Weeks without contact (3)-5']);
    expect(byTestId(root, 'bant-budget')?.textContent).toContain('€24,000');
    expect(byTestId(root, 'bant-authority')?.textContent).toContain('Decides');
    expect(byTestId(root, 'lead-deal-size')?.textContent).toContain('$1,500');
    expect(byTestId(root, 'custom-seats')?.textContent).toContain('20');
    await click(buttonNamed(byTestId(root, 'card-other-leads') as HTMLElement, 'Support contract'));
    expect(onOpenLead).toHaveBeenCalledWith('l2');
  });

  it('changes the stage in one click through the background', async () => {
    const { root, send } = await open({ 'leads.changeStage': () => ({ ...view().lead, stage: 'negotiation' }) });
    expect(buttonNamed(root, 'Qualified')?.getAttribute('aria-pressed')).toBe('true');
    await click(buttonNamed(root, 'Negotiation'));
    expect(send).toHaveBeenCalledWith('leads.changeStage', { leadId: 'l1', stage: 'negotiation' });
  });

  it('refuses an invalid email before asking the background, keeping what was typed', async () => {
    const { root, send } = await open();
    const field = () => byTestId(root, 'person-emails') as HTMLElement;
    await click(buttonNamed(field(), 'Edit Emails'));
    await type(field().querySelector('input'), 'anna@northwind.example, anna at home');
    await submit(field());
    expect(field().querySelector('[role="alert"]')?.textContent).toBe('“anna at home” is not an email address.');
    expect(field().querySelector('input')?.value).toBe('anna@northwind.example, anna at home');
    expect(field().querySelector('input')?.getAttribute('aria-invalid')).toBe('true');
    expect(send).not.toHaveBeenCalledWith('people.update', expect.anything());
  });

  it('keeps the edit open with the text and the background’s reason when a save fails', async () => {
    const { root, send } = await open({
      'people.update': () => {
        throw new ProtocolError('invalid-payload', 'The job title is too long.', ['jobTitle: too long']);
      },
    });
    const field = () => byTestId(root, 'person-job-title') as HTMLElement;
    await click(buttonNamed(field(), 'Edit Job title'));
    await type(field().querySelector('input'), 'Chief Revenue Officer');
    await submit(field());
    expect(send).toHaveBeenCalledWith('people.update', { personId: 'p1', patch: { jobTitle: 'Chief Revenue Officer' } });
    expect(field().querySelector('[role="alert"]')?.textContent).toBe(
      'Not saved: The job title is too long. jobTitle: too long. Your text is kept; fix it or try again.',
    );
    expect(field().querySelector('input')?.value).toBe('Chief Revenue Officer');
  });

  it('saves a valid phone in E.164 with its extension and closes the edit', async () => {
    // The background's copy: the card reads it again after the save.
    let current = view();
    const { root, send } = await open({
      'leads.get': () => current,
      'people.update': (payload) => {
        current = { ...current, person: { ...current.person, ...(payload as { patch: object }).patch } };
        return current.person;
      },
    });
    const field = () => byTestId(root, 'person-phones') as HTMLElement;
    await click(buttonNamed(field(), 'Edit Phones'));
    await type(field().querySelector('input'), '+49 30 123456, +7 (495) 123-45-67 доб. 204');
    await submit(field());
    expect(send).toHaveBeenCalledWith('people.update', {
      personId: 'p1',
      patch: { phones: [{ e164: '+4930123456', raw: '+49 30 123456' }, { e164: '+74951234567', raw: '+7 (495) 123-45-67 доб. 204', ext: '204' }] },
    });
    expect(field().querySelector('input')).toBeNull();
    expect(field().querySelector('a[href="tel:+74951234567;ext=204"]')).not.toBeNull();
  });

  it('edits BANT budget as money and keeps the rest of BANT', async () => {
    const { root, send } = await open({ 'leads.update': (payload) => ({ ...view().lead, ...(payload as { patch: object }).patch }) });
    const field = () => byTestId(root, 'bant-budget') as HTMLElement;
    await click(buttonNamed(field(), 'Edit Budget'));
    const [amount, currency] = [...field().querySelectorAll('input')];
    await type(amount, '30 000');
    await type(currency, 'usd');
    await submit(field());
    expect(send).toHaveBeenCalledWith('leads.update', {
      leadId: 'l1',
      patch: { bant: { budget: { amount: { amount: 30000, currency: 'USD' }, note: 'Approved' }, authority: { level: 'decision-maker' } } },
    });
  });

  it('says what happened when the lead cannot be loaded', async () => {
    const { root } = await open({
      'leads.get': () => {
        throw new ProtocolError('not-found', 'This lead no longer exists.');
      },
    });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Could not open this lead: This lead no longer exists.');
  });
});
