import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { MAIL_PROVIDER_HOSTS } from './lib/model/mail-hosts';

// The e2e build (mode "e2e") is the only one that may reach 127.0.0.1 pages: tests cannot click the
// toolbar button, so they cannot grant activeTab. The shipped build never carries this permission.
const E2E_HOSTS = ['http://127.0.0.1/*'];
/** The only standing host access: the webmail apps whose sent emails are logged. */
const WEBMAIL_HOSTS = Object.values(MAIL_PROVIDER_HOSTS).flatMap((hosts) => hosts.map((host) => `https://${host}/*`));

export default defineConfig({
  srcDir: '.',
  imports: false,
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // `npm run dev` passes the Chromium it found (scripts/dev.mjs); WXT opens it with the extension loaded.
  webExt: {
    binaries: process.env.LEADTRAIL_BROWSER_BINARY ? { chrome: process.env.LEADTRAIL_BROWSER_BINARY } : {},
    chromiumArgs: ['--no-first-run', '--disable-sync'],
  },
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      'contextMenus',
      'activeTab',
      'scripting',
    ],
    host_permissions: mode === 'e2e' ? [...WEBMAIL_HOSTS, ...E2E_HOSTS] : WEBMAIL_HOSTS,
    action: { default_title: '__MSG_extName__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenPopup__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'leadtrail@leadtrail.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
