import { readFileSync } from 'node:fs';
import type { ComposeSnapshot, SiteAdapter, ThreadMessage } from '../../../lib/sites/shared/types';
import path from 'node:path';

/** The saved page of a provider's fixture, as text (vitest runs from the project root). */
export function fixtureHtml(provider: string, name: string): string {
  return readFileSync(path.resolve(process.cwd(), 'lib/sites', provider, 'fixtures', name), 'utf8');
}

/** Puts a saved page into the test's live document (title included), so events and observers work on it. */
export function loadFixture(provider: string, name: string): Document {
  const parsed = new DOMParser().parseFromString(fixtureHtml(provider, name), 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  return document;
}

/** Every open compose of a fixture, read the way the watcher reads it at Send. */
export function readComposes(adapter: SiteAdapter, provider: string, name: string): ComposeSnapshot[] {
  const doc = loadFixture(provider, name);
  return adapter.findComposes(doc).map((compose) => adapter.readCompose(compose));
}

/** Every expanded message of a fixture's open conversation. */
export function readThread(adapter: SiteAdapter, provider: string, name: string): Array<ThreadMessage | null> {
  const doc = loadFixture(provider, name);
  return adapter.threadMessages(doc).map((message) => adapter.readMessage(message, doc));
}
