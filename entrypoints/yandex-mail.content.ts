import { defineContentScript } from 'wxt/utils/define-content-script';
import { runAdapter } from '../lib/sites/shared/start';
import { yandexAdapter } from '../lib/sites/yandex/adapter';

export default defineContentScript({
  matches: ['https://mail.yandex.ru/*', 'https://mail.yandex.com/*', 'https://mail.yandex.by/*', 'https://mail.yandex.kz/*'],
  runAt: 'document_idle',
  main(ctx) {
    runAdapter(ctx, yandexAdapter);
  },
});
