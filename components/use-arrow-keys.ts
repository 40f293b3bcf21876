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
