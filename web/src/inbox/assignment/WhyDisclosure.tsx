import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

interface WhyDisclosureProps {
  /** The toggle's text: "Why?", "Why me?". */
  label: string;
  /** What the toggle explains, shown before it on the same line. */
  lead?: ReactNode;
  /** After the toggle on the same line (the event's time). */
  trail?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A toggle that shows or hides the reasons under it; a real button, so Tab and Enter or Space reach it. */
export function WhyDisclosure({ label, lead, trail, className, children }: WhyDisclosureProps) {
  const panelId = useId();
  const [isOpen, setIsOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);

  // Opened at the foot of the thread or the panel, the reasons would unfold out of sight: bring them in.
  useEffect(() => {
    if (isOpen) panel.current?.scrollIntoView({ block: 'nearest' });
  }, [isOpen]);
  return (
    <div className={`why-disclosure${className ? ` ${className}` : ''}`}>
      <div className="why-row">
        {lead}
        <button
          type="button"
          className="why-toggle"
          aria-expanded={isOpen}
          aria-controls={panelId}
          onClick={() => setIsOpen((open) => !open)}
        >
          {label}
          <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
            <path d="M4 6l4 4 4-4" />
          </svg>
        </button>
        {trail}
      </div>
      <div id={panelId} ref={panel} className="why-panel" hidden={!isOpen}>
        {isOpen ? children : null}
      </div>
    </div>
  );
}
