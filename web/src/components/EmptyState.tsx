import type { ReactNode } from 'react';

/** A calm, centred message for a screen with nothing to show yet. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <svg aria-hidden="true" viewBox="0 0 48 48" className="empty-state-icon">
        <rect x="6" y="10" width="36" height="28" rx="6" />
        <path d="M6 26h10l3 5h10l3-5h10" />
      </svg>
      <h2>{title}</h2>
      {children}
    </div>
  );
}
