import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Role } from '../../../protocol/common.ts';
import { useSignedIn } from '../session/context.ts';

/** Who sees a section's tab: every teammate, managers and admins, or admins only. */
type Audience = 'everyone' | 'managers' | 'admins';

const SECTIONS = [
  { path: '/settings/profile', label: 'settings.profile', audience: 'everyone' },
  { path: '/settings/teammates', label: 'settings.teammates', audience: 'everyone' },
  { path: '/settings/teams', label: 'settings.teams', audience: 'everyone' },
  { path: '/settings/assignment', label: 'assignment.title', audience: 'managers' },
  { path: '/settings/saved-replies', label: 'settings.savedReplies', audience: 'everyone' },
  { path: '/settings/tickets', label: 'tickets.title', audience: 'everyone' },
  { path: '/settings/messenger', label: 'settings.messenger', audience: 'admins' },
  { path: '/settings/workflows', label: 'settings.workflows', audience: 'everyone' },
  { path: '/settings/tokens', label: 'settings.tokens', audience: 'admins' },
  { path: '/settings/webhooks', label: 'webhooks.title', audience: 'admins' },
  { path: '/settings/jira', label: 'jira.title', audience: 'managers' },
] as const satisfies readonly { path: string; label: string; audience: Audience }[];

function isShownTo(audience: Audience, role: Role): boolean {
  if (audience === 'admins') return role === 'admin';
  if (audience === 'managers') return role !== 'agent';
  return true;
}

/**
 * Tabs across the top of Settings; a section's item pages (a workflow) keep its tab current. On a phone they are one
 * row that scrolls sideways (responsive.css), brought round to the current tab.
 */
export function SettingsNav() {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const [location] = useLocation();
  const visible = SECTIONS.filter((section) => isShownTo(section.audience, me.role));
  const isCurrent = (path: string) => location === path || location.startsWith(`${path}/`);
  const tabs = useRef<HTMLElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new location may have a new current tab.
  useEffect(() => {
    const current = tabs.current?.querySelector('[aria-current="page"]');
    current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [location]);
  return (
    <nav aria-label={t('settings.sections')} className="tabs" ref={tabs}>
      <ul>
        {visible.map((section) => (
          <li key={section.path}>
            <Link href={section.path} className="tab" aria-current={isCurrent(section.path) ? 'page' : undefined}>
              {t(section.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
