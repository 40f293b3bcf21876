import type { AdapterHealth, MailProvider } from '../../model/mail';

/**
 * Tells the background whether an adapter finds what it needs. It reports only changes, so a
 * page that re-checks on every mutation batch does not flood the background.
 */
export class HealthReporter {
  private last = '';

  constructor(
    private readonly provider: MailProvider,
    private readonly sink: (health: AdapterHealth) => void,
  ) {}

  working(): void {
    this.emit({ provider: this.provider, status: 'working' });
  }

  degraded(detail: string): void {
    this.emit({ provider: this.provider, status: 'degraded', detail });
  }

  get status(): AdapterHealth['status'] | undefined {
    if (!this.last) return undefined;
    return this.last.startsWith('working') ? 'working' : 'degraded';
  }

  private emit(health: AdapterHealth): void {
    const key = `${health.status}|${health.detail ?? ''}`;
    if (key === this.last) return;
    this.last = key;
    this.sink(health);
  }
}
