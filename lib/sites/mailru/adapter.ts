import { buildAdapter } from '../shared/generic';
import { mailruSpec } from './selectors';

export { MAILRU_UNDO_MAX_MS, MAILRU_UNDO_MIN_MS } from './selectors';
export const mailruAdapter = buildAdapter(mailruSpec);
