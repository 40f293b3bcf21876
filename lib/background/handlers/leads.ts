import type { Repository } from '../../db/repository';
import { currentLead, type Lead, type Person } from '../../model';
import type { LeadSummary } from '../../messaging/protocol';
import { HandlerError, type Handlers } from '../../messaging/server';
import type { Services } from '../services';

export async function summarize(repo: Repository, lead: Lead, person?: Person): Promise<LeadSummary> {
  const owner = person ?? (await repo.getPerson(lead.personId));
  const company = lead.companyId ? await repo.getCompany(lead.companyId) : undefined;
  return {
    leadId: lead.id,
    personId: lead.personId,
    name: owner?.fullName ?? '',
    title: lead.title,
    ...(company ? { company: company.name } : {}),
    stage: lead.stage,
    ...(owner?.emails[0] ? { email: owner.emails[0] } : {}),
    ...(lead.score ? { score: lead.score.total } : {}),
  };
}

export function leadHandlers(services: Services): Pick<
  Handlers,
  'leads.get' | 'leads.search' | 'leads.update' | 'leads.changeStage' | 'people.update' | 'people.lookup' | 'activities.list' | 'activities.add'
> {
  return {
    async 'leads.get'({ leadId }) {
      const repo = await services.repo();
      const lead = await repo.getLead(leadId);
      if (!lead) throw new HandlerError('not-found', 'This lead no longer exists.');
      const person = await repo.getPerson(lead.personId);
      if (!person) throw new HandlerError('not-found', 'The person of this lead no longer exists.');
      const company = lead.companyId ? await repo.getCompany(lead.companyId) : undefined;
      const otherLeads = (await repo.listLeadsForPerson(person.id)).filter((each) => each.id !== lead.id);
      const reminders = await repo.db.getAllFromIndex('reminders', 'byLead', lead.id);
      const nextReminder = reminders.filter((each) => each.status !== 'done').sort((a, b) => a.dueAt - b.dueAt)[0];
      return { lead, person, otherLeads, ...(company ? { company } : {}), ...(nextReminder ? { nextReminder } : {}) };
    },

    async 'leads.search'({ query, limit }) {
      const repo = await services.repo();
      const people = await repo.searchPeople(query, limit);
      const rows: LeadSummary[] = [];
      for (const person of people) {
        for (const lead of await repo.listLeadsForPerson(person.id)) {
          if (rows.length >= limit) return rows;
          rows.push(await summarize(repo, lead, person));
        }
      }
      return rows;
    },

    async 'leads.update'({ leadId, patch }) {
      const repo = await services.repo();
      const lead = await repo.updateLead(leadId, patch);
      await services.effects.leadChanged(leadId);
      return lead;
    },

    async 'leads.changeStage'({ leadId, stage }) {
      const repo = await services.repo();
      const lead = await repo.changeStage(leadId, stage);
      await services.effects.leadChanged(leadId);
      return lead;
    },

    async 'people.update'({ personId, patch }) {
      const repo = await services.repo();
      const person = await repo.updatePerson(personId, patch);
      for (const lead of await repo.listLeadsForPerson(personId)) await services.effects.leadChanged(lead.id);
      return person;
    },

    async 'people.lookup'({ emails }) {
      const repo = await services.repo();
      const known = [];
      for (const email of new Set(emails.map((each) => each.trim().toLowerCase()))) {
        const person = await repo.findPersonByEmail(email);
        if (!person) continue;
        const open = currentLead(await repo.listLeadsForPerson(person.id));
        known.push({ email, personId: person.id, name: person.fullName, ...(open ? { leadId: open.id } : {}) });
      }
      return known;
    },

    async 'activities.list'({ leadId, limit, before }) {
      const repo = await services.repo();
      return repo.listActivities({ leadId }, before === undefined ? { limit } : { limit, before });
    },

    async 'activities.add'({ leadId, activity, at, origin }) {
      const repo = await services.repo();
      const lead = await repo.getLead(leadId);
      if (!lead) throw new HandlerError('not-found', 'This lead no longer exists.');
      const base = { leadId, personId: lead.personId, at: at ?? services.now(), origin: origin ?? 'manual', summary: activity.summary ?? '' } as const;
      const saved = await (async () => {
        switch (activity.kind) {
          case 'note':
            return repo.addActivity({ ...base, kind: 'note', details: {} });
          case 'call':
            return repo.addActivity({ ...base, kind: 'call', details: { outcome: activity.outcome, durationMin: activity.durationMin } });
          case 'meeting':
            return repo.addActivity({ ...base, kind: 'meeting', details: { place: activity.place, durationMin: activity.durationMin } });
          case 'message':
            return repo.addActivity({ ...base, kind: 'message', details: { channel: activity.channel } });
          case 'offer':
            return repo.addActivity({ ...base, kind: 'offer', details: { amount: activity.amount, status: activity.status, documentUrl: activity.documentUrl } });
        }
      })();
      await services.effects.leadChanged(leadId);
      return saved;
    },
  };
}
