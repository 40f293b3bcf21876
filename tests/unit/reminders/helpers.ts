import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Repository } from '../../../lib/db/repository';
import { samplePerson, sampleSource } from '../helpers/db';

/** A person at a company with one lead: what every reminder here belongs to. */
export async function seedLead(repo: Repository, overrides: { stage?: string; company?: boolean } = {}) {
  const company = overrides.company === false ? undefined : await repo.createCompany({ name: 'Ромашка', domain: 'romashka.ru' });
  const person = await repo.createPerson({ ...samplePerson(), ...(company ? { companyId: company.id } : {}) });
  const lead = await repo.createLead({
    personId: person.id,
    title: 'CRM на 20 мест',
    source: sampleSource(),
    ...(company ? { companyId: company.id } : {}),
    ...(overrides.stage ? { stage: overrides.stage } : {}),
  });
  return { company, person, lead };
}

export async function shownNotifications(): Promise<Record<string, { title: string; message: string; buttons?: Array<{ title: string }> }>> {
  return (await fakeBrowser.notifications.getAll()) as Record<string, { title: string; message: string; buttons?: Array<{ title: string }> }>;
}

export async function alarmAt(name: string): Promise<number | undefined> {
  return (await fakeBrowser.alarms.get(name))?.scheduledTime;
}

/**
 * Retries `check` until it passes, on real time. Not vi.waitFor: with fake timers that advances the
 * faked clock on every retry, and these tests pin exact times.
 */
export async function eventually(check: () => Promise<unknown> | unknown, timeoutMs = 2000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (performance.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}
