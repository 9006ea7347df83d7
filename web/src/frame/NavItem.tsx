import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';

/** A link in the rail; `aria-current="page"` when it is (or, with `matchPrefix`, contains) the current page. */
export function NavItem({ href, matchPrefix, children }: { href: string; matchPrefix?: string; children: ReactNode }) {
  const [location] = useLocation();
  const isCurrent = location === href || (matchPrefix !== undefined && location.startsWith(matchPrefix));
  return (
    <li>
      <Link href={href} className="nav-item" aria-current={isCurrent ? 'page' : undefined}>
        {children}
      </Link>
    </li>
  );
}
