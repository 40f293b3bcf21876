import { expect, test } from './fixtures';
import { defaultSettings } from '../../lib/model/settings';
import type { PopupPage } from './popup-page';

const DAY = 86_400_000;

/** Today's 9:00 plus `days`, local time: where "tomorrow 9:00" snoozes land. */
function morning(days: number): number {
  const date = new Date();
  date.setDate(date.getDate() + days);
  date.setHours(9, 0, 0, 0);
  return date.getTime();
}

/** Default settings with every cadence off, so the background adds no follow-ups of its own. */
function quietSettings() {
  const settings = defaultSettings();
  settings.cadences.noReply.enabled = false;
  settings.cadences.keepInTouch.enabled = false;
  settings.cadences.goingCold.enabled = false;
  settings.cadences.stageReminders = settings.cadences.stageReminders.map((rule) => ({ ...rule, enabled: false }));
  return settings;
}

/**
 * A small book of business, written through the background's backup.restore: four people, five
 * leads, a history for the first lead, and three follow-ups due (one overdue) plus one tomorrow.
 */
function book(now: number) {
  const at = now - 10 * DAY;
  const stamp = { createdAt: at, updatedAt: at };
  const person = (id: string, fullName: string, extra: Record<string, unknown> = {}) => ({
    id, fullName, emails: [], phones: [], profiles: [], notes: '', tags: [], isDecisionMaker: false, ...stamp, ...extra,
  });
  const lead = (id: string, personId: string, title: string, stage: string, extra: Record<string, unknown> = {}) => ({
    id, personId, title, stage, bant: {}, qualifiers: { custom: {} }, tags: [],
    source: { kind: 'page', url: 'https://northwind.example/team', title: 'Our team', utm: {}, capturedAt: at },
    stageHistory: [{ stage, enteredAt: at }], stageChangedAt: at, ...stamp, ...extra,
  });
  const reminder = (id: string, leadId: string, personId: string, dueAt: number, note: string) => ({
    id, leadId, personId, dueAt, note, status: 'open', cause: 'manual', ...stamp,
  });
  return {
    format: 'leadtrail-backup',
    version: 1,
    exportedAt: now,
    data: {
      companies: [
        { id: 'c1', name: 'Northwind Traders', domain: 'northwind.example', phones: [], emails: [], tags: [], ...stamp },
        { id: 'c2', name: 'Ромашка', domain: 'romashka.ru', phones: [], emails: [], tags: [], ...stamp },
      ],
      people: [
        person('p1', 'Anna Schmidt', {
          jobTitle: 'Head of Sales Operations', companyId: 'c1', emails: ['anna.schmidt@northwind.example'],
          phones: [{ e164: '+4930123456', raw: '+49 30 123456' }], location: { city: 'Berlin', country: 'Germany' },
          profiles: [{ network: 'linkedin', url: 'https://www.linkedin.com/in/anna-schmidt' }], isDecisionMaker: true,
        }),
        person('p2', 'Пётр Иванов', { jobTitle: 'Коммерческий директор', companyId: 'c2', emails: ['p.ivanov@romashka.ru'], phones: [{ e164: '+74951234567', raw: '+7 (495) 123-45-67' }] }),
        person('p3', 'Maria Lopez', { jobTitle: 'Founder', emails: ['maria@lopez.example'] }),
        person('p4', 'David Chen', { jobTitle: 'CTO', emails: ['david.chen@contoso.example'] }),
      ],
      leads: [
        lead('l1', 'p1', 'CRM for 20 seats', 'qualified', {
          companyId: 'c1', product: 'LeadTrail Teams', segment: 'mid-market', tags: ['inbound', 'q4'], owner: 'me',
          regularity: 'yearly',
          bant: { budget: { amount: { amount: 24000, currency: 'EUR' }, note: 'Approved for Q4' }, authority: { level: 'decision-maker' }, need: { statement: 'Replace spreadsheets' }, timeline: { date: '2026-12-15' } },
          qualifiers: { dealSize: { amount: 24000, currency: 'EUR' }, custom: { seats: '20' } },
          score: { total: 45, computedAt: now - DAY, breakdown: [{ rule: 'has-email', points: 10 }, { rule: 'decision-maker', points: 10 }, { rule: 'meeting', points: 15, detail: '1' }, { rule: 'bant-field', points: 10, detail: '4/4' }] },
        }),
        lead('l1b', 'p1', 'Support contract', 'customer', { companyId: 'c1' }),
        lead('l2', 'p2', 'Внедрение CRM', 'contacted', { companyId: 'c2' }),
        lead('l3', 'p3', 'Website leads', 'open'),
        lead('l4', 'p4', 'Pilot for the data team', 'negotiation'),
      ],
      activities: [
        { id: 'a1', leadId: 'l1', personId: 'p1', kind: 'captured', at, summary: 'Our team', origin: 'page', details: { url: 'https://northwind.example/team' } },
        { id: 'a2', leadId: 'l1', personId: 'p1', kind: 'email-sent', at: now - 3 * DAY, summary: '', origin: 'gmail', details: { to: [{ email: 'anna.schmidt@northwind.example', name: 'Anna Schmidt' }], cc: [], bcc: [], subject: 'Proposal for 20 seats', snippet: 'Hi Anna, as promised, here is our proposal…' } },
        { id: 'a3', leadId: 'l1', personId: 'p1', kind: 'meeting', at: now - 2 * DAY, summary: 'Demo with the sales team', origin: 'manual', details: { place: 'Zoom', durationMin: 45 } },
        { id: 'a4', leadId: 'l1', personId: 'p1', kind: 'offer', at: now - 2 * DAY + 3_600_000, summary: 'Annual plan', origin: 'manual', details: { amount: { amount: 24000, currency: 'EUR' }, status: 'sent' } },
      ],
      reminders: [
        reminder('r1', 'l1', 'p1', now - 2 * DAY, 'Send the revised proposal'),
        reminder('r2', 'l2', 'p2', now - 2 * 60_000, 'Позвонить после демо'),
        reminder('r3', 'l3', 'p3', now - 60_000, 'Ask about the budget'),
        reminder('r4', 'l4', 'p4', morning(1), 'Pilot kickoff'),
      ],
      templates: [],
      settings: quietSettings(),
      mailLog: [],
    },
  };
}

async function seeded(popup: PopupPage, query = ''): Promise<PopupPage> {
  await popup.restore(book(Date.now()));
  await popup.open({ query });
  return popup;
}

test.describe('the due list', () => {
  test('shows overdue and today’s follow-ups, oldest first, with name, company, stage and note', async ({ popup }) => {
    await seeded(popup);
    await expect(popup.dueRows).toHaveCount(3);
    await expect(popup.dueRows.nth(0)).toContainText('Anna Schmidt');
    await expect(popup.dueRows.nth(0)).toContainText('Northwind Traders');
    await expect(popup.dueRows.nth(0)).toContainText('Qualified');
    await expect(popup.dueRows.nth(0)).toContainText('Send the revised proposal');
    await expect(popup.dueRows.nth(0)).toContainText('Overdue');
    await expect(popup.dueRows.nth(1)).toContainText('Пётр Иванов');
    await expect(popup.dueRows.nth(2)).toContainText('Maria Lopez');
    await expect(popup.page.getByText('David Chen')).toHaveCount(0);
    await expect(popup.dueCount).toHaveText('Follow-ups due: 3');
    await expect(popup.tab('due')).toHaveAttribute('aria-selected', 'true');
  });

  test('Done closes a follow-up in the background and takes it off the list', async ({ popup }) => {
    await seeded(popup);
    await popup.dueRow('Maria Lopez').getByRole('button', { name: 'Done' }).click();
    await expect(popup.dueRow('Maria Lopez')).toHaveCount(0);
    await expect(popup.dueRows).toHaveCount(2);
    await expect(popup.dueCount).toHaveText('Follow-ups due: 2');
    const due = await popup.send<Array<{ reminder: { id: string } }>>('reminders.due', { limit: 50 });
    expect(due.map((item) => item.reminder.id)).toEqual(['r1', 'r2']);
  });

  test('Snooze until tomorrow 9:00 moves the follow-up out of today', async ({ popup }) => {
    await seeded(popup);
    const row = popup.dueRow('Пётр Иванов');
    await row.getByRole('button', { name: 'Snooze' }).click();
    await row.getByRole('button', { name: 'Tomorrow 9:00' }).click();
    await expect(popup.dueRow('Пётр Иванов')).toHaveCount(0);
    const lead = await popup.send<{ nextReminder?: { id: string; status: string; dueAt: number } }>('leads.get', { leadId: 'l2' });
    expect(lead.nextReminder).toMatchObject({ id: 'r2', status: 'snoozed', dueAt: morning(1) });
  });

  test('the keyboard moves through the list, Enter opens a lead and Esc comes back', async ({ popup }) => {
    await seeded(popup);
    await popup.dueRows.nth(0).focus();
    await popup.page.keyboard.press('ArrowDown');
    await expect(popup.dueRows.nth(1)).toBeFocused();
    await popup.page.keyboard.press('ArrowDown');
    await popup.page.keyboard.press('ArrowUp');
    await expect(popup.dueRows.nth(1)).toBeFocused();
    await popup.page.keyboard.press('Enter');
    await expect(popup.cardName).toHaveText('Пётр Иванов');
    await popup.page.keyboard.press('Escape');
    await expect(popup.dueRows).toHaveCount(3);
  });

  test('with nothing due the popup opens on the page, and says when it cannot read that page', async ({ popup }) => {
    await popup.open();
    await expect(popup.tab('page')).toHaveAttribute('aria-selected', 'true');
    // Opened as a tab, the popup is itself the active tab: an extension page capture may not read.
    await expect(popup.page.getByTestId('capture-error')).toContainText('LeadTrail cannot read this page.');
  });
});

test.describe('the lead card', () => {
  test('shows who, contacts, the need, score, BANT and the other leads', async ({ popup }) => {
    await seeded(popup, '?lead=l1');
    await expect(popup.cardName).toHaveText('Anna Schmidt');
    await expect(popup.page.getByTestId('card-role')).toHaveText('Head of Sales Operations · Northwind Traders');
    await expect(popup.page.getByRole('link', { name: 'anna.schmidt@northwind.example' })).toHaveAttribute('href', 'mailto:anna.schmidt@northwind.example');
    await expect(popup.page.getByRole('link', { name: '+49 30 123456' })).toHaveAttribute('href', 'tel:+4930123456');
    await expect(popup.page.getByTestId('person-location')).toContainText('Berlin, Germany');
    await expect(popup.page.getByTestId('card-source')).toContainText('Our team');
    await expect(popup.page.getByRole('button', { name: 'Qualified', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await popup.page.getByTestId('section-score').locator('summary').click();
    await expect(popup.page.getByTestId('card-score')).toContainText('Decision maker');
    await popup.page.getByTestId('section-bant').locator('summary').click();
    await expect(popup.page.getByTestId('bant-budget')).toContainText('24,000');
    await popup.page.getByTestId('section-other-leads').locator('summary').click();
    await popup.page.getByRole('button', { name: 'Support contract' }).click();
    await expect(popup.page.getByTestId('lead-title')).toContainText('Support contract');
    await popup.page.keyboard.press('Escape');
    await expect(popup.page.getByTestId('lead-title')).toContainText('CRM for 20 seats');
  });

  test('a stage changes in one click and the change is in the history', async ({ popup }) => {
    await seeded(popup);
    await popup.dueRow('Anna Schmidt').getByRole('button', { name: 'Open' }).click();
    await popup.page.getByRole('button', { name: 'Negotiation', exact: true }).click();
    await expect(popup.page.getByRole('button', { name: 'Negotiation', exact: true })).toHaveAttribute('aria-pressed', 'true');
    const view = await popup.send<{ lead: { stage: string } }>('leads.get', { leadId: 'l1' });
    expect(view.lead.stage).toBe('negotiation');
    await popup.openHistory();
    const change = popup.activities.filter({ has: popup.page.getByTestId('stage-change') }).first();
    await expect(change).toContainText('Qualified → Negotiation');
    await expect(popup.activities.first()).toContainText('Stage changed');
  });

  test('a note, a call and a reminder are added without leaving the card', async ({ popup }) => {
    await seeded(popup, '?lead=l3');
    await popup.openHistory();
    await popup.page.getByRole('button', { name: 'Note', exact: true }).click();
    await popup.page.getByTestId('add-note-form').getByRole('textbox').fill('Asked for a discount for two years');
    await popup.page.getByTestId('add-note-form').getByRole('button', { name: 'Save' }).click();
    await expect(popup.activities.first()).toContainText('Asked for a discount for two years');

    await popup.page.getByRole('button', { name: 'Call', exact: true }).click();
    const call = popup.page.getByTestId('add-call-form');
    await call.getByLabel('Outcome').selectOption('no-answer');
    await call.getByLabel('Duration, minutes').fill('abc');
    await call.getByRole('button', { name: 'Save' }).click();
    await expect(call.getByRole('alert')).toContainText('number of minutes');
    await call.getByLabel('Duration, minutes').fill('3');
    await call.getByRole('button', { name: 'Save' }).click();
    await expect(popup.activities.first()).toContainText('No answer · 3 min');

    await popup.page.getByRole('button', { name: 'Reminder', exact: true }).click();
    const reminder = popup.page.getByTestId('add-reminder-form');
    await reminder.getByLabel('In 3 days, 9:00').check();
    await reminder.getByLabel('What to do').fill('Send the case study');
    await reminder.getByRole('button', { name: 'Save' }).click();
    await expect(reminder).toHaveCount(0);
    const view = await popup.send<{ nextReminder?: { dueAt: number; note: string } }>('leads.get', { leadId: 'l3' });
    // r3 (due a minute ago) is still the next one; the new reminder is stored beside it.
    expect(view.nextReminder?.note).toBe('Ask about the budget');
    const history = await popup.send<Array<{ kind: string; summary: string }>>('activities.list', { leadId: 'l3', limit: 10 });
    expect(history.map((each) => each.kind)).toEqual(expect.arrayContaining(['note', 'call']));
  });

  test('a field edits in place, refuses a bad value with a message and keeps what was typed', async ({ popup }) => {
    await seeded(popup, '?lead=l4');
    const emails = popup.page.getByTestId('person-emails');
    await emails.getByRole('button', { name: 'Edit Emails' }).click();
    await emails.getByRole('textbox').fill('david.chen@contoso.example, not-an-address');
    await emails.getByRole('button', { name: 'Save' }).click();
    await expect(emails.getByRole('alert')).toContainText('“not-an-address” is not an email address.');
    await expect(emails.getByRole('textbox')).toHaveValue('david.chen@contoso.example, not-an-address');
    await emails.getByRole('textbox').fill('david.chen@contoso.example, DChen@Gmail.example');
    await emails.getByRole('button', { name: 'Save' }).click();
    await expect(emails.getByRole('link', { name: 'dchen@gmail.example' })).toHaveAttribute('href', 'mailto:dchen@gmail.example');
    const view = await popup.send<{ person: { emails: string[] } }>('leads.get', { leadId: 'l4' });
    expect(view.person.emails).toEqual(['david.chen@contoso.example', 'dchen@gmail.example']);
  });
});

test.describe('search', () => {
  test('/ focuses search, results come as you type, and Enter opens a lead', async ({ popup }) => {
    await seeded(popup);
    await expect(popup.dueRows).toHaveCount(3);
    await popup.page.keyboard.press('/');
    await expect(popup.searchInput).toBeFocused();
    await popup.page.keyboard.type('chen');
    await expect(popup.searchResults).toHaveCount(1);
    await expect(popup.searchResults.first()).toContainText('David Chen');
    await expect(popup.searchResults.first()).toContainText('Negotiation');
    await popup.page.keyboard.press('ArrowDown');
    await expect(popup.searchResults.first()).toBeFocused();
    await popup.page.keyboard.press('Enter');
    await expect(popup.cardName).toHaveText('David Chen');
    await popup.page.keyboard.press('Escape');
    await expect(popup.searchInput).toHaveValue('chen');
    await popup.searchInput.fill('иванов');
    await expect(popup.searchResults.first()).toContainText('Пётр Иванов');
    await popup.searchInput.fill('nobody-like-this');
    await expect(popup.page.getByTestId('search-empty')).toBeVisible();
  });
});

for (const uiLanguage of ['en', 'ru'] as const) {
  test.describe(`screenshots (${uiLanguage})`, () => {
    test.use({ uiLanguage });
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`due list and card, ${colorScheme}`, async ({ popup }) => {
        await popup.restore(book(Date.now()));
        await popup.open({ colorScheme });
        await expect(popup.dueRows).toHaveCount(3);
        await popup.screenshot(`docs/screenshots/popup-due-${uiLanguage}-${colorScheme}.png`);
        await popup.dueRows.nth(0).focus();
        await popup.page.keyboard.press('Enter');
        await expect(popup.cardName).toHaveText('Anna Schmidt');
        await popup.screenshot(`docs/screenshots/popup-card-${uiLanguage}-${colorScheme}.png`);
      });
    }
  });
}
