import { describe, expect, it } from 'vitest';
import { newLeadUrl } from '../../../lib/background/context-menu';

describe('newLeadUrl', () => {
  it('carries the selection, link, page and tab to the popup form', () => {
    const url = new URL(newLeadUrl(
      { selectionText: 'Jane Doe, CTO', linkUrl: 'mailto:jane@acme.com', pageUrl: 'https://acme.com/team' },
      { id: 12, title: 'Team', url: 'https://acme.com/team?utm_source=x' },
    ));
    expect(url.pathname).toBe('/popup.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      new: '1', selection: 'Jane Doe, CTO', link: 'mailto:jane@acme.com', page: 'https://acme.com/team?utm_source=x', title: 'Team', tab: '12',
    });
  });
});
