import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../lib/background/handlers';
import { createServices } from '../../../lib/background/services';
import type { MessageType, RequestOf, ResponseOf } from '../../../lib/messaging/protocol';
import { dispatch } from '../../../lib/messaging/server';
import { defaultSettings } from '../../../lib/model';
import { funnelPath, stageStays, timeByStage, timeInCurrentStage } from '../../../lib/pipeline/funnel';
import { phaseLabel, stageLabel } from '../../../lib/pipeline/labels';
import { removeStage } from '../../../lib/pipeline/remove-stage';
import { addStage, moveStage, renameStage, stageIdFor } from '../../../lib/pipeline/stages';
import { freshRepository, samplePerson, sampleSource } from '../helpers/db';

const NOW = Date.UTC(2026, 10, 25, 9, 0);
const HOUR = 3_600_000;
const ids = (settings: { stages: Array<{ id: string }> }) => settings.stages.map((stage) => stage.id);

describe('stage operations on settings', () => {
  it('rename, and back to the translated default name', () => {
    const renamed = renameStage(defaultSettings(), 'open', '  Входящие  ');
    expect(renamed.stages[0]).toMatchObject({ id: 'open', name: 'Входящие' });
    expect(stageLabel(renamed.stages[0]!)).toBe('Входящие');
    const reset = renameStage(renamed, 'open', null);
    expect(reset.stages[0]?.name).toBeUndefined();
    expect(stageLabel(reset.stages[0]!)).toBe('Open');
    expect(reset.stages.map(stageLabel)).toEqual(['Open', 'Contacted', 'Nurturing', 'Qualified', 'Negotiation', 'Customer', 'Inactive', 'Unqualified']);
    expect(phaseLabel('after-sales')).toBe('After-sales care');
    expect(() => renameStage(defaultSettings(), 'nope', 'x')).toThrow(/no stage "nope"/);
  });

  it('reorder, clamped to the funnel', () => {
    expect(ids(moveStage(defaultSettings(), 'unqualified', 1)).slice(0, 3)).toEqual(['open', 'unqualified', 'contacted']);
    expect(ids(moveStage(defaultSettings(), 'open', 99)).at(-1)).toBe('open');
  });

  it('add with an id from the name, unique, and a Cyrillic name falling back to stage-N', () => {
    const { settings, stageId } = addStage(defaultSettings(), { name: 'Demo scheduled', phase: 'nurture', index: 4 });
    expect(stageId).toBe('demo-scheduled');
    expect(settings.stages[4]).toMatchObject({ id: 'demo-scheduled', name: 'Demo scheduled', phase: 'nurture' });
    expect(settings.stages[4]?.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(addStage(settings, { name: 'Demo  Scheduled!', phase: 'nurture' }).stageId).toBe('demo-scheduled-2');
    expect(stageIdFor('Пилот', new Set())).toBe('stage-2');
    expect(stageIdFor('Пилот', new Set(['stage-2']))).toBe('stage-3');
    expect(() => addStage(defaultSettings(), { name: '   ', phase: 'attract' })).toThrow(/needs a name/);
  });
});

describe('removing a stage', () => {
  it('moves its leads to the stage picked, logging each move, and drops the stage and its reminder rule, in one go', async () => {
    const { repo, clock } = await freshRepository(NOW);
    const person = await repo.createPerson(samplePerson());
    const moving = [
      await repo.createLead({ personId: person.id, title: 'A', source: sampleSource(), stage: 'qualified' }),
      await repo.createLead({ personId: person.id, title: 'B', source: sampleSource(), stage: 'qualified' }),
    ];
    const staying = await repo.createLead({ personId: person.id, title: 'C', source: sampleSource(), stage: 'open' });
    clock.now = NOW + HOUR;

    const result = await removeStage(repo, 'qualified', 'nurturing', clock.now);

    expect(result.moved.sort()).toEqual(moving.map((lead) => lead.id).sort());
    expect(ids(await repo.getSettings())).not.toContain('qualified');
    expect((await repo.getSettings()).cadences.stageReminders.map((rule) => rule.stage)).toEqual(['negotiation']);
    for (const lead of moving) {
      const stored = await repo.getLead(lead.id);
      expect(stored).toMatchObject({ stage: 'nurturing', stageChangedAt: NOW + HOUR });
      expect(funnelPath(stored!)).toEqual(['qualified', 'nurturing']);
      const [change] = await repo.listActivities({ leadId: lead.id }, { limit: 1 });
      expect(change).toMatchObject({ kind: 'stage-change', details: { from: 'qualified', to: 'nurturing' } });
    }
    expect((await repo.getLead(staying.id))?.stage).toBe('open');
  });

  it('refuses a missing target, the same stage, or leaving fewer than two stages, and changes nothing', async () => {
    const { repo } = await freshRepository(NOW);
    const person = await repo.createPerson(samplePerson());
    const lead = await repo.createLead({ personId: person.id, title: 'A', source: sampleSource(), stage: 'qualified' });
    await expect(removeStage(repo, 'qualified', 'gone', NOW)).rejects.toMatchObject({ code: 'not-found' });
    await expect(removeStage(repo, 'qualified', 'qualified', NOW)).rejects.toMatchObject({ code: 'invalid-payload' });
    const two = defaultSettings();
    two.stages = two.stages.slice(0, 2);
    two.cadences.stageReminders = [];
    await repo.saveSettings(two);
    await expect(removeStage(repo, 'open', 'contacted', NOW)).rejects.toMatchObject({ code: 'conflict' });
    expect((await repo.getLead(lead.id))?.stage).toBe('qualified');
    expect(ids(await repo.getSettings())).toEqual(['open', 'contacted']);
  });
});

describe('pipeline messages', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('rename, reorder, add and remove through the protocol; a removal re-checks the moved leads', async () => {
    const changed: string[] = [];
    const services = createServices(() => ({ remindersChanged: async () => undefined, leadChanged: async (id) => void changed.push(id) }), () => NOW);
    const handlers = createHandlers(services);
    const origin = 'chrome-extension://abcdefghijklmnop';
    async function call<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
      const reply = await dispatch(handlers, { type, payload }, { id: 'abcdefghijklmnop', url: `${origin}/options.html` }, 'abcdefghijklmnop', origin);
      if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
      return reply.data as ResponseOf<T>;
    }
    const repo = await services.repo();
    const person = await repo.createPerson(samplePerson());
    const lead = await repo.createLead({ personId: person.id, title: 'A', source: sampleSource(), stage: 'nurturing' });

    expect((await call('pipeline.renameStage', { stage: 'nurturing', name: 'Прогрев' })).stages[2]?.name).toBe('Прогрев');
    expect(ids(await call('pipeline.moveStage', { stage: 'inactive', index: 0 }))[0]).toBe('inactive');
    const added = await call('pipeline.addStage', { name: 'Pilot', phase: 'first-sale', index: 5 });
    expect(added.stageId).toBe('pilot');
    expect(ids(await call('settings.get', {}))[5]).toBe('pilot');
    await expect(call('pipeline.removeStage', { stage: 'nurturing', moveTo: 'nowhere' })).rejects.toThrow(/not-found/);
    const removed = await call('pipeline.removeStage', { stage: 'nurturing', moveTo: 'pilot' });
    expect(removed.moved).toBe(1);
    expect(changed).toEqual([lead.id]);
    expect((await repo.getLead(lead.id))?.stage).toBe('pilot');
  });
});

describe('pipeline.recheck', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('rescores open leads with the rules just saved and runs the cadences at once', async () => {
    const DAY = 86_400_000;
    let now = NOW;
    const services = createServices(() => ({ remindersChanged: async () => undefined, leadChanged: async () => undefined }), () => now);
    const handlers = createHandlers(services);
    const origin = 'chrome-extension://abcdefghijklmnop';
    const call = async (type: 'pipeline.recheck') => {
      const reply = await dispatch(handlers, { type, payload: {} }, { id: 'abcdefghijklmnop', url: `${origin}/options.html` }, 'abcdefghijklmnop', origin);
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.data as ResponseOf<'pipeline.recheck'>;
    };
    const repo = await services.repo();
    const person = await repo.createPerson(samplePerson());
    const open = await repo.createLead({ personId: person.id, title: 'A', source: sampleSource() });
    const customer = await repo.createLead({ personId: person.id, title: 'B', source: sampleSource(), stage: 'customer' });
    now = NOW + 8 * DAY;

    expect(await call('pipeline.recheck')).toEqual({ rescored: 1, created: 1, closed: 0 });
    expect((await repo.getLead(open.id))?.score?.total).toBe(25);
    expect((await repo.getLead(customer.id))?.score).toBeUndefined();
    const settings = await repo.getSettings();
    settings.scoring.rules = settings.scoring.rules.map((rule) => (rule.id === 'has-email' ? { ...rule, points: 30 } : rule));
    await repo.saveSettings(settings);
    expect(await call('pipeline.recheck')).toEqual({ rescored: 1, created: 0, closed: 0 });
    expect((await repo.getLead(open.id))?.score?.total).toBe(45);
  });
});

describe('time in stage and the path through the funnel', () => {
  const lead = {
    stageChangedAt: NOW + 5 * HOUR,
    stageHistory: [
      { stage: 'open', enteredAt: NOW },
      { stage: 'contacted', enteredAt: NOW + HOUR },
      { stage: 'open', enteredAt: NOW + 3 * HOUR },
      { stage: 'qualified', enteredAt: NOW + 5 * HOUR },
    ],
  };

  it('measures each stay, the current one until now, and totals per stage', () => {
    const now = NOW + 8 * HOUR;
    expect(stageStays(lead, now).map((stay) => [stay.stage, stay.durationMs / HOUR, stay.leftAt !== undefined])).toEqual([
      ['open', 1, true],
      ['contacted', 2, true],
      ['open', 2, true],
      ['qualified', 3, false],
    ]);
    expect(timeInCurrentStage(lead, now)).toBe(3 * HOUR);
    expect(Object.fromEntries([...timeByStage(lead, now)].map(([stage, ms]) => [stage, ms / HOUR]))).toEqual({ open: 3, contacted: 2, qualified: 3 });
    expect(funnelPath(lead)).toEqual(['open', 'contacted', 'open', 'qualified']);
    expect(timeInCurrentStage({ stageHistory: [], stageChangedAt: NOW }, NOW + HOUR)).toBe(HOUR);
  });
});
