import { buildAdapter } from '../shared/generic';
import { yandexSpec } from './selectors';

export { YANDEX_UNDO_MAX_MS, YANDEX_UNDO_MIN_MS } from './selectors';
export const yandexAdapter = buildAdapter(yandexSpec);
