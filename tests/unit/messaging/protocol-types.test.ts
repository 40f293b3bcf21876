import { describe, expectTypeOf, it } from 'vitest';
import { send } from '../../../lib/messaging/client';
import type { LeadView, RequestOf, ResponseOf } from '../../../lib/messaging/protocol';

/** Never called: `tsc` checks these lines, and the @ts-expect-error ones must stay errors. */
function typeChecks() {
  void send('leads.get', { leadId: 'l1' });
  // @ts-expect-error a lead id is a string
  void send('leads.get', { leadId: 1 });
  // @ts-expect-error no such message
  void send('leads.drop', {});
  // @ts-expect-error the stage is required
  void send('leads.changeStage', { leadId: 'l1' });
  // @ts-expect-error an unknown provider
  void send('mail.health', { provider: 'aol', status: 'working' });
  // @ts-expect-error activities of unknown kinds cannot be added
  void send('activities.add', { leadId: 'l1', activity: { kind: 'merge', summary: '' } });
}

describe('protocol types', () => {
  it('pins request and response types', () => {
    expectTypeOf(typeChecks).toBeFunction();
    expectTypeOf<ResponseOf<'leads.get'>>().toEqualTypeOf<LeadView>();
    expectTypeOf<RequestOf<'reminders.snooze'>>().toEqualTypeOf<{ reminderId: string; until: number }>();
    expectTypeOf<ResponseOf<'app.status'>>().toHaveProperty('dueReminders').toBeNumber();
    expectTypeOf<ReturnType<typeof send<'app.status'>>>().resolves.toEqualTypeOf<ResponseOf<'app.status'>>();
  });
});
