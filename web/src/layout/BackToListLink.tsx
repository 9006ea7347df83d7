import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ONE_PANE } from './breakpoints.ts';
import { BackIcon } from './icons.tsx';
import { previousLocation } from './previousLocation.ts';
import { useMediaQuery } from './useMediaQuery.ts';

/**
 * The thread's way back to its list where only one pane shows. Coming from that list, it steps back in the
 * browser's history (so the browser's own back button does not return to the thread); otherwise it opens the list.
 */
export function BackToListLink({ href }: { href: string }) {
  const { t } = useTranslation();
  const isOnePane = useMediaQuery(ONE_PANE);
  if (!isOnePane) return null;
  const stepBack = (event: MouseEvent<HTMLAnchorElement>) => {
    if (previousLocation() !== href) return;
    event.preventDefault();
    window.history.back();
  };
  return (
    <Link href={href} className="icon-button back-to-list" aria-label={t('layout.backToList')} onClick={stepBack}>
      <BackIcon />
    </Link>
  );
}
