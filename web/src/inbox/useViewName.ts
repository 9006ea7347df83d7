import { useTranslation } from 'react-i18next';
import type { ViewDefinition } from '../../../protocol/views.ts';
import { builtInLabel, isBuiltInView } from './views.ts';

/** A view's name in the teammate's language: built-in views are translated, custom views keep their name. */
export function useViewName(): (view: Pick<ViewDefinition, 'id' | 'name'>) => string {
  const { t } = useTranslation();
  return (view) => (isBuiltInView(view.id) ? t(builtInLabel(view.id)) : view.name);
}
