import type { ComponentChildren } from 'preact';
import { bridge } from '../core/context.ts';
import type { Translate } from '../i18n/index.ts';
import { BackIcon, CloseIcon } from './Icons.tsx';

export function CloseButton({ t }: { t: Translate }) {
  return (
    <button
      type="button"
      class="icon-button"
      aria-label={t('nav.close')}
      onClick={() => bridge.post({ type: 'charla:close' })}
    >
      <CloseIcon />
    </button>
  );
}

/** The bar on top of every screen but Home: Back, the screen's title, Close. */
export function ScreenHeader({
  title,
  subtitle,
  extra,
  onBack,
  t,
}: {
  title: string;
  subtitle?: string;
  /** Shown beside the title (a ticket's state). */
  extra?: ComponentChildren;
  onBack?: () => void;
  t: Translate;
}) {
  return (
    <header class="screen-header">
      {onBack && (
        <button type="button" class="icon-button" aria-label={t('nav.back')} onClick={onBack}>
          <BackIcon />
        </button>
      )}
      <div class="screen-title">
        <div class="screen-title-row">
          <h1>{title}</h1>
          {extra}
        </div>
        {subtitle && <p>{subtitle}</p>}
      </div>
      <CloseButton t={t} />
    </header>
  );
}
