import type { BrowserContext, Locator, Page } from '@playwright/test';

/** The popup opened as a tab, with the locators tests need, so specs stay short. */
export class PopupPage {
  page!: Page;

  constructor(
    private readonly context: BrowserContext,
    readonly extensionId: string,
  ) {}

  url(query = ''): string {
    return `chrome-extension://${this.extensionId}/popup.html${query}`;
  }

  /** Opens the popup; `tabId` makes it act on that tab, as if the rep clicked the toolbar there. */
  async open(options: { tabId?: number; query?: string; colorScheme?: 'light' | 'dark' } = {}): Promise<this> {
    const params = new URLSearchParams(options.query ?? '');
    if (options.tabId !== undefined) params.set('tab', String(options.tabId));
    const query = params.size ? `?${params}` : '';
    this.page = await this.context.newPage();
    await this.page.setViewportSize({ width: 400, height: 600 });
    if (options.colorScheme) await this.page.emulateMedia({ colorScheme: options.colorScheme });
    await this.page.goto(this.url(query));
    return this;
  }

  /** Sends a protocol message from an extension page, exactly as the popup does; throws on an error reply. */
  async send<T = unknown>(type: string, payload: unknown): Promise<T> {
    const page = this.page ?? (await this.blank());
    const reply = (await page.evaluate(([messageType, body]) => chrome.runtime.sendMessage({ type: messageType, payload: body }), [type, payload] as const)) as
      | { ok: true; data: T }
      | { ok: false; error: { code: string; message: string } };
    if (!reply.ok) throw new Error(`${type} failed: ${reply.error.code}: ${reply.error.message}`);
    return reply.data;
  }

  /** Replaces the whole database through the background's backup.restore, the one writer. */
  async restore(backup: { data: { reminders: unknown[] } }): Promise<void> {
    const wanted = backup.data.reminders.length;
    // On a fresh profile the background's first-start daily check may still be running with the
    // default settings, and add cadence reminders to the leads just restored; restore again until
    // the database holds exactly the backup.
    for (let attempt = 0; attempt < 10; attempt++) {
      await this.send('backup.restore', { text: JSON.stringify(backup) });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const stored = await this.send<{ data: { reminders: unknown[] } }>('backup.export', {});
      if (stored.data.reminders.length === wanted) return;
    }
    throw new Error('the restored database keeps changing: is something writing reminders?');
  }

  /** An extension page to talk to the background from before the popup itself is opened. */
  private async blank(): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(`chrome-extension://${this.extensionId}/options.html`);
    this.page = page;
    return page;
  }

  tab(name: 'due' | 'page' | 'search'): Locator {
    return this.page.getByTestId(`tab-${name}`);
  }

  get status(): Locator {
    return this.page.getByTestId('status');
  }

  get leadCount(): Locator {
    return this.page.getByTestId('status-leads');
  }

  get dueCount(): Locator {
    return this.page.getByTestId('status-due');
  }

  get dueRows(): Locator {
    return this.page.getByTestId('due-row');
  }

  dueRow(name: string): Locator {
    return this.dueRows.filter({ hasText: name });
  }

  get card(): Locator {
    return this.page.getByTestId('lead-card');
  }

  get cardName(): Locator {
    return this.page.getByTestId('card-name');
  }

  get searchInput(): Locator {
    return this.page.getByTestId('search-input');
  }

  get searchResults(): Locator {
    return this.page.getByTestId('search-result');
  }

  get activities(): Locator {
    return this.page.getByTestId('activity');
  }

  /** Opens the card's History tab (the stage and field changes, notes, calls…). */
  async openHistory(): Promise<void> {
    await this.page.getByRole('tab', { name: /History|История/ }).click();
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }
}
