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
  onBack,
  t,
}: {
  title: string;
  subtitle?: string;
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
        <h1>{title}</h1>
        {subtitle && <p>{subtitle}</p>}
      </div>
      <CloseButton t={t} />
    </header>
  );
}
