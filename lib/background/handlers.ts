import type { Handlers } from '../messaging/server';
import { adminHandlers } from './handlers/admin';
import { captureHandlers } from './handlers/capture';
import { mailHandlers } from './handlers/mail';
import { leadHandlers } from './handlers/leads';
import { pipelineHandlers } from './handlers/pipeline';
import { reminderHandlers } from './handlers/reminders';
import type { Services } from './services';

/** Every protocol message the background answers, by concern. */
export function createHandlers(services: Services): Partial<Handlers> {
  return {
    ...adminHandlers(services),
    ...leadHandlers(services),
    ...reminderHandlers(services),
    ...pipelineHandlers(services),
    ...captureHandlers(services),
    ...mailHandlers(services),
  };
}
