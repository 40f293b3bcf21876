import type { ComponentChildren } from 'preact';

/** A titled part of the card that the rep can fold away; the open state is native <details>. */
export function CardSection({ title, open = false, children, testId }: { title: string; open?: boolean; children: ComponentChildren; testId?: string }) {
  return (
    <details class="card-section" open={open} data-testid={testId}>
      <summary>
        <h3>{title}</h3>
      </summary>
      {children}
    </details>
  );
}
