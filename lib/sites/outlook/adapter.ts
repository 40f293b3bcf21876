import { buildAdapter } from '../shared/generic';
import { outlookSpec } from './selectors';

export { OUTLOOK_UNDO_MAX_MS, OUTLOOK_UNDO_MIN_MS } from './selectors';
export const outlookAdapter = buildAdapter(outlookSpec);
