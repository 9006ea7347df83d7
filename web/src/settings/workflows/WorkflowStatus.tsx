import { useTranslation } from 'react-i18next';
import type { Workflow } from '../../../../protocol/workflows.ts';

/** "Published v3 · Draft changes not published", or "Not published yet". */
export function WorkflowStatus({ workflow }: { workflow: Workflow }) {
  const { t } = useTranslation();
  if (workflow.published_version === null) {
    return <span className="badge is-draft">{t('workflows.notPublished')}</span>;
  }
  return (
    <span className="workflow-status">
      <span className="badge is-active">
        {t('workflows.publishedVersion', { version: workflow.published_version })}
      </span>
      {workflow.has_unpublished_changes ? (
        <span className="badge is-away">{t('workflows.unpublishedChanges')}</span>
      ) : null}
    </span>
  );
}
