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
  async open(options: { tabId?: number; query?: string } = {}): Promise<this> {
    const params = new URLSearchParams(options.query ?? '');
    if (options.tabId !== undefined) params.set('tab', String(options.tabId));
    const query = params.size ? `?${params}` : '';
    this.page = await this.context.newPage();
    await this.page.setViewportSize({ width: 400, height: 600 });
    await this.page.goto(this.url(query));
    return this;
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

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }
}
