import { describe, expect, it } from 'vitest';
import type { Repository } from '../../../lib/db/repository';
import { checkLeadCadences, onEmailReceived, onEmailSent, runCadenceChecks } from '../../../lib/pipeline/cadences';
import { freshRepository } from '../helpers/db';
import { seedLead } from '../reminders/helpers';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 25, 9, 0);

async function reminders(repo: Repository, leadId: string) {
  return (await repo.db.getAllFromIndex('reminders', 'byLead', leadId)).sort((a, b) => a.createdAt - b.createdAt || a.dueAt - b.dueAt);
}

async function pending(repo: Repository, leadId: string) {
  return (await reminders(repo, leadId)).filter((each) => each.status !== 'done').map((each) => [each.cause, each.dueAt]);
}

describe('no reply', () => {
  it('follows up N days after an email with no answer; a later email moves it, a reply closes it', async () => {
    const { repo, clock } = await freshRepository(NOW);
    const { lead } = await seedLead(repo);
    const first = await onEmailSent(repo, lead.id, NOW);
    expect(first).toMatchObject({ cause: 'no-reply', dueAt: NOW + 3 * DAY, status: 'open' });

    clock.now = NOW + DAY;
    await onEmailSent(repo, lead.id, NOW + DAY);
    expect(await pending(repo, lead.id)).toEqual([['no-reply', NOW + 4 * DAY]]);
    // An older email logged late does not pull the follow-up earlier.
    await onEmailSent(repo, lead.id, NOW - DAY);
    expect(await pending(repo, lead.id)).toEqual([['no-reply', NOW + 4 * DAY]]);

    // A reply older than the last email answers nothing.
    expect(await onEmailReceived(repo, lead.id, NOW + DAY - 1)).toEqual([]);
    const closed = await onEmailReceived(repo, lead.id, NOW + 2 * DAY);
    expect(closed.map((each) => each.status)).toEqual(['done']);
    expect(await pending(repo, lead.id)).toEqual([]);
    // Closed quietly: the rep did not do it, so no reminder-done in the history.
    expect((await repo.listActivities({ leadId: lead.id })).map((each) => each.kind)).toEqual(['captured']);
  });

  it('notifies again after a move, and does nothing when switched off or for a lost lead', async () => {
    const { repo, clock } = await freshRepository(NOW);
    const { lead } = await seedLead(repo);
    const reminder = await onEmailSent(repo, lead.id, NOW - 5 * DAY);
    await repo.write(['reminders'], async (tx) => void (await tx.objectStore('reminders').put({ ...reminder!, notifiedAt: NOW })));
    expect((await onEmailSent(repo, lead.id, NOW))?.notifiedAt).toBeUndefined();

    const lost = (await seedLead(repo, { stage: 'unqualified' })).lead;
    expect(await onEmailSent(repo, lost.id, NOW)).toBeUndefined();
    const settings = await repo.getSettings();
    await repo.saveSettings({ ...settings, cadences: { ...settings.cadences, noReply: { enabled: false, days: 3 } } });
    const other = (await seedLead(repo)).lead;
    clock.now = NOW + DAY;
    expect(await onEmailSent(repo, other.id, NOW)).toBeUndefined();
    expect(await reminders(repo, other.id)).toEqual([]);
  });
});

describe('keep in touch and going cold', () => {
  it('reminds about a quiet customer once, and closes the reminder when the customer is contacted', async () => {
    const { repo, clock } = await freshRepository(NOW);
    const { lead } = await seedLead(repo, { stage: 'customer' });
    clock.now = NOW + 6 * DAY;
    expect((await runCadenceChecks(repo, clock.now)).created).toEqual([]);
    clock.now = NOW + 7 * DAY;
    expect((await runCadenceChecks(repo, clock.now)).created.map((each) => each.cause)).toEqual(['keep-in-touch']);
    // The check runs on start and daily: running it again changes nothing.
    expect((await runCadenceChecks(repo, clock.now)).created).toEqual([]);
    expect(await pending(repo, lead.id)).toEqual([['keep-in-touch', NOW + 7 * DAY]]);

    await repo.addActivity({ leadId: lead.id, kind: 'call', at: clock.now, details: {} });
    const changes = await checkLeadCadences(repo, lead.id, clock.now);
    expect(changes.closed.map((each) => each.cause)).toEqual(['keep-in-touch']);
    expect(await pending(repo, lead.id)).toEqual([]);
  });

  it('offers to move a customer silent for 90 days to Inactive, even if keep-in-touch reminders were ticked off', async () => {
    const { repo, clock } = await freshRepository(NOW);
    const { lead } = await seedLead(repo, { stage: 'customer' });
    for (let week = 1; week <= 12; week++) {
      clock.now = NOW + week * 7 * DAY;
      await runCadenceChecks(repo, clock.now);
      const open = (await reminders(repo, lead.id)).find((each) => each.cause === 'keep-in-touch' && each.status !== 'done');
      if (open) await repo.completeReminder(open.id);
    }
    expect((await reminders(repo, lead.id)).filter((each) => each.cause === 'going-cold')).toEqual([]);
    clock.now = NOW + 90 * DAY;
    await runCadenceChecks(repo, clock.now);
    expect(await pending(repo, lead.id)).toEqual([['going-cold', NOW + 90 * DAY]]);

    // Declined (marked done): not offered again every day for the same silence.
    const [offer] = (await reminders(repo, lead.id)).filter((each) => each.cause === 'going-cold');
    await repo.completeReminder(offer!.id);
    clock.now = NOW + 91 * DAY;
    await runCadenceChecks(repo, clock.now);
    expect((await reminders(repo, lead.id)).filter((each) => each.cause === 'going-cold' && each.status !== 'done')).toEqual([]);
    // A new contact and another 90 days of silence: offered again.
    await repo.addActivity({ leadId: lead.id, kind: 'call', at: clock.now, details: {} });
    clock.now = NOW + 181 * DAY;
    await runCadenceChecks(repo, clock.now);
    expect((await reminders(repo, lead.id)).filter((each) => each.cause === 'going-cold' && each.status !== 'done')).toHaveLength(1);

    // Moved to Inactive: no longer a customer, so the offer is closed.
    await repo.changeStage(lead.id, 'inactive');
    await checkLeadCadences(repo, lead.id, clock.now);
    expect(await pending(repo, lead.id)).toEqual([]);
  });
});

describe('stage reminders', () => {
  it('reminds N days after entering Qualified, once per stay, and drops it when the lead moves on', async () => {
    const { repo, clock } = await freshRepository(NOW);
    const { lead } = await seedLead(repo);
    expect((await checkLeadCadences(repo, lead.id, NOW)).created).toEqual([]);

    clock.now = NOW + DAY;
    await repo.changeStage(lead.id, 'qualified');
    await checkLeadCadences(repo, lead.id, clock.now);
    await checkLeadCadences(repo, lead.id, clock.now);
    expect(await pending(repo, lead.id)).toEqual([['stage', NOW + 4 * DAY]]);

    // Done by the rep: the same stay does not get another one.
    const [made] = await reminders(repo, lead.id);
    await repo.completeReminder(made!.id);
    expect((await checkLeadCadences(repo, lead.id, clock.now)).created).toEqual([]);

    clock.now = NOW + 2 * DAY;
    await repo.changeStage(lead.id, 'negotiation');
    clock.now = NOW + 2 * DAY + 1;
    await checkLeadCadences(repo, lead.id, clock.now);
    expect(await pending(repo, lead.id)).toEqual([['stage', NOW + 4 * DAY]]);

    clock.now = NOW + 3 * DAY;
    await repo.changeStage(lead.id, 'contacted');
    const changes = await checkLeadCadences(repo, lead.id, clock.now);
    expect(changes.closed.map((each) => each.cause)).toEqual(['stage']);
    expect(await pending(repo, lead.id)).toEqual([]);
  });
});
