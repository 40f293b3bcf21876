/**
 * Renders a component into happy-dom and lets tests wait for the background's (mocked) replies.
 * The protocol client is mocked per test file with vi.mock; `replies` answers by message type.
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { MessageType } from '../../../lib/messaging/protocol';
import type { Lead } from '../../../lib/model/lead';
import type { Person } from '../../../lib/model/person';
import { defaultSettings } from '../../../lib/model/settings';

export type Handler = (payload: unknown) => unknown;
export type Replies = Partial<Record<MessageType, Handler>>;

/** The fake `send`: answers from `replies`, and fails like the real client for a message nobody answers. */
export function fakeSend(replies: Replies) {
  return vi.fn(async (message: string, payload: unknown): Promise<unknown> => {
    const reply = replies[message as MessageType];
    if (!reply) throw new Error(`no reply to ${message}`);
    return reply(payload);
  });
}

/** What the mocked protocol client's `send` forwards to: each test sets its own fake. */
export type SendHolder = { send: (message: string, payload: unknown) => Promise<unknown> };

export interface Mounted {
  root: HTMLElement;
  unmount: () => void;
}

export async function mount(node: ComponentChild): Promise<Mounted> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(node, root);
  });
  await settle();
  return {
    root,
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}

/** Lets pending promises (mocked replies) resolve and Preact re-render, a few rounds deep. */
export async function settle(rounds = 5): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

export async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(() => {
    (element as HTMLElement).click();
  });
  await settle();
}

export async function type(element: Element | null | undefined, value: string): Promise<void> {
  if (!element) throw new Error('nothing to type into');
  const input = element as HTMLInputElement;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function submit(form: Element | null | undefined): Promise<void> {
  if (!form) throw new Error('no form');
  await act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

export async function key(element: Element | Document, name: string): Promise<void> {
  await act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
  });
  await settle();
}

export function buttonNamed(root: ParentNode, name: string | RegExp): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((button) => {
    const label = button.getAttribute('aria-label') ?? button.textContent ?? '';
    return typeof name === 'string' ? label.trim() === name : name.test(label);
  });
}

export function byTestId(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector(`[data-testid="${id}"]`);
}

export function allByTestId(root: ParentNode, id: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
}

export const settings = defaultSettings();
const T = new Date(2026, 10, 20, 9, 0).getTime();

export function samplePerson(extra: Partial<Person> = {}): Person {
  return {
    id: 'p1', fullName: 'Anna Schmidt', jobTitle: 'Head of Sales', emails: ['anna@northwind.example'],
    phones: [{ e164: '+4930123456', raw: '+49 30 123456' }], profiles: [], notes: '', tags: [], isDecisionMaker: true,
    createdAt: T, updatedAt: T, ...extra,
  };
}

export function sampleLead(extra: Partial<Lead> = {}): Lead {
  return {
    id: 'l1', personId: 'p1', title: 'CRM for 20 seats', stage: 'qualified', bant: {}, qualifiers: { custom: {} }, tags: [],
    source: { kind: 'page', url: 'https://northwind.example/team', title: 'Our team', utm: {}, capturedAt: T },
    stageHistory: [], createdAt: T, updatedAt: T, stageChangedAt: T, ...extra,
  };
}

/** Picks an option or a radio and lets the component react. */
export async function change(element: Element | null | undefined, value: string | boolean): Promise<void> {
  if (!element) throw new Error('nothing to change');
  await act(() => {
    if (typeof value === 'boolean') (element as HTMLInputElement).checked = value;
    else (element as HTMLSelectElement).value = value;
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}
