import { describe, expect, it } from 'vitest';
import { draftFromContext } from '../../../lib/capture/prefill';

describe('draftFromContext', () => {
  it('reads a selected signature into a draft', () => {
    const draft = draftFromContext({
      selection: 'Иванов Пётр Сергеевич\nКоммерческий директор\nТел.: +7 (495) 123-45-67, доб. 204\np.ivanov@romashka.ru',
      pageUrl: 'https://romashka.ru/contacts',
    });
    expect(draft.name).toBe('Иванов Пётр Сергеевич');
    expect(draft.jobTitle).toBe('Коммерческий директор');
    expect(draft.emails).toEqual(['p.ivanov@romashka.ru']);
    expect(draft.phones).toEqual(['+74951234567;ext=204']);
  });

  it('reads mailto:, tel: and profile links', () => {
    expect(draftFromContext({ link: 'mailto:Jane%20Doe%20<jane@acme.com>?subject=Hi' }).emails).toEqual(['jane@acme.com']);
    expect(draftFromContext({ link: 'tel:8-912-345-67-89', pageUrl: 'https://shop.ru/' }).phones).toEqual(['+79123456789']);
    expect(draftFromContext({ link: 'https://www.linkedin.com/in/janedoe/', selection: 'Jane Doe' })).toMatchObject({
      name: 'Jane Doe',
      profiles: [{ network: 'linkedin' }],
    });
  });

  it('gives an empty draft for nothing useful', () => {
    expect(draftFromContext({ selection: '   ' })).toEqual({ name: '', jobTitle: '', organization: '', emails: [], phones: [], profiles: [] });
  });
});
