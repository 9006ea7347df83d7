import type { ReactNode } from 'react';

/** The h2 that names the settings section (the section is labelled by it). */
export function SectionHeading({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="section-heading">
      <h2 id="settings-section-title">{title}</h2>
      {children}
    </div>
  );
}
