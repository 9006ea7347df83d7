import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';

interface NavItemProps {
  href: string;
  /** Also current for pages under this path (a conversation inside a view). */
  matchPrefix?: string;
  /** Conversations in the view now; shown as a badge and read as the link's description. */
  count?: number;
  children: ReactNode;
}

/** A link in the rail; `aria-current="page"` when it is (or, with `matchPrefix`, contains) the current page. */
export function NavItem({ href, matchPrefix, count, children }: NavItemProps) {
  const { t } = useTranslation();
  const countId = useId();
  const [location] = useLocation();
  const isCurrent = location === href || (matchPrefix !== undefined && location.startsWith(matchPrefix));
  return (
    <li>
      <Link
        href={href}
        className="nav-item"
        aria-current={isCurrent ? 'page' : undefined}
        aria-describedby={count === undefined ? undefined : countId}
      >
        <span className="nav-label">{children}</span>
        {count === undefined ? null : (
          <>
            <span className={`nav-count${count === 0 ? ' is-zero' : ''}`} data-count={count} aria-hidden="true">
              {count}
            </span>
            {/* Out of the link's name ("Unassigned"), read as its description instead. */}
            <span id={countId} hidden>
              {t('nav.count', { count })}
            </span>
          </>
        )}
      </Link>
    </li>
  );
}
