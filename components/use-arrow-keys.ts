import type { TargetedKeyboardEvent } from 'preact';

/**
 * Arrow keys move focus between the rows (elements with `data-row`) of a list, Home and End jump to
 * its ends. Rows stay ordinary tab stops, so the list also works with Tab and a screen reader.
 */
export function onArrowKeys(event: TargetedKeyboardEvent<HTMLElement>): void {
  if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
  const target = event.target as HTMLElement;
  // Inside a text field the arrows move the caret.
  if (target.matches('input, textarea, select')) return;
  const rows = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-row]')];
  if (!rows.length) return;
  const current = rows.findIndex((row) => row === target || row.contains(target));
  const next =
    event.key === 'Home' ? 0
    : event.key === 'End' ? rows.length - 1
    : event.key === 'ArrowDown' ? Math.min(rows.length - 1, current + 1)
    : Math.max(0, current === -1 ? 0 : current - 1);
  event.preventDefault();
  rows[next]?.focus();
}

/**
 * Left and Right move between the tabs of a tablist and select the one they land on (the WAI-ARIA
 * tabs pattern with automatic activation); Tab then leaves the tablist for the panel.
 */
export function onTabKeys<T extends string>(tabs: readonly T[], current: T | null, select: (tab: T) => void) {
  return (event: TargetedKeyboardEvent<HTMLElement>): void => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const index = current === null ? -1 : tabs.indexOf(current);
    const step = event.key === 'ArrowRight' ? 1 : -1;
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (next === undefined) return;
    event.preventDefault();
    select(next);
    event.currentTarget.querySelector<HTMLElement>(`[data-tab="${next}"]`)?.focus();
  };
}
