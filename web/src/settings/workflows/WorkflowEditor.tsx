import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../../protocol/teams.ts';
import type { Workflow, WorkflowDefinition, WorkflowStep } from '../../../../protocol/workflows.ts';
import { api } from '../../api.ts';
import { useAction } from '../../lib/useAction.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { useSignedIn } from '../../session/context.ts';
import { SectionHeading } from '../SectionHeading.tsx';
import { ProblemSummary } from './ProblemSummary.tsx';
import { PreviewPanel } from './preview/PreviewPanel.tsx';
import { checkWorkflowInput, problemsFromError, type WorkflowProblem } from './problems.ts';
import { StepOutline } from './StepOutline.tsx';
import { WorkflowEditorContext } from './stepContext.ts';
import { WorkflowToolbar } from './WorkflowToolbar.tsx';

/** Brings a step's card into view and focuses its first invalid field, else its title. */
function focusStep(stepId: string, preferInvalid: boolean) {
  const card = document.getElementById(`step-${stepId}`);
  if (!card) return;
  const invalid = preferInvalid ? card.querySelector<HTMLElement>('[aria-invalid="true"]') : null;
  const target = invalid ?? card.querySelector<HTMLElement>('h3');
  card.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}

/** What to focus once the editor has drawn its latest change: a step (its first problem), or the problem list. */
type FocusRequest = { stepId: string; preferInvalid: boolean } | { problems: true };

interface WorkflowEditorProps {
  workflow: Workflow;
  teams: readonly Team[];
}

/** Edits a workflow's draft: the outline of steps, saving and publishing it, and a preview that runs it. */
export function WorkflowEditor({ workflow, teams }: WorkflowEditorProps) {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const [saved, setSaved] = useState(workflow);
  const [name, setName] = useState(workflow.name);
  const [definition, setDefinition] = useState<WorkflowDefinition>(workflow.draft);
  const [problems, setProblems] = useState<WorkflowProblem[]>([]);
  const [notice, setNotice] = useState('');
  const [focusRequest, setFocusRequest] = useState<FocusRequest>();
  const action = useAction();
  const isReadOnly = me.role !== 'admin';
  const isDirty = name !== saved.name || JSON.stringify(definition) !== JSON.stringify(saved.draft);
  useDocumentTitle(saved.name);
  useWarnBeforeLeaving(isDirty);

  const jumpTo = useCallback((stepId: string) => focusStep(stepId, false), []);
  useEffect(() => {
    if (!focusRequest) return;
    if ('stepId' in focusRequest) focusStep(focusRequest.stepId, focusRequest.preferInvalid);
    else document.getElementById('workflow-problems')?.focus();
  }, [focusRequest]);
  const context = useMemo(() => ({ definition, teams, isReadOnly, jumpTo }), [definition, teams, isReadOnly, jumpTo]);
  const problemsByStep = useMemo(() => {
    const byStep = new Map<string, WorkflowProblem[]>();
    for (const problem of problems) {
      if (problem.stepId !== null) byStep.set(problem.stepId, [...(byStep.get(problem.stepId) ?? []), problem]);
    }
    return byStep;
  }, [problems]);

  function show(found: WorkflowProblem[]) {
    setProblems(found);
    const first = found[0];
    if (first) setFocusRequest(first.stepId ? { stepId: first.stepId, preferInvalid: true } : { problems: true });
  }

  function accept(answer: Workflow) {
    setSaved(answer);
    setName(answer.name);
    setDefinition(answer.draft);
    setProblems([]);
  }

  /** Saves the draft when it changed; false when it could not be saved (the problems are shown). */
  async function saveDraft(): Promise<boolean> {
    if (!isDirty) return true;
    const found = checkWorkflowInput({ name, definition });
    if (found.length > 0) {
      show(found);
      return false;
    }
    try {
      accept(await api.updateWorkflow(saved.id, { name, definition }));
      return true;
    } catch (error) {
      const fromServer = problemsFromError(error, definition);
      if (fromServer.length === 0) throw error;
      show(fromServer);
      return false;
    }
  }

  const save = () => {
    setNotice('');
    action.run(async () => {
      if (await saveDraft()) setNotice(t('workflows.draftSaved'));
    });
  };

  const publish = () => {
    setNotice('');
    action.run(async () => {
      if (!(await saveDraft())) return;
      const published = await api.publishWorkflow(saved.id);
      accept(published);
      setNotice(t('workflows.publishedNotice', { version: published.published_version }));
    });
  };

  // The switch flips at once; a failed save flips it back.
  const setEnabled = (enabled: boolean) => {
    setSaved((current) => ({ ...current, enabled }));
    action.run(async () => {
      try {
        const answer = await api.updateWorkflow(saved.id, { enabled });
        setSaved((current) => ({ ...current, enabled: answer.enabled }));
      } catch (error) {
        setSaved((current) => ({ ...current, enabled: !enabled }));
        throw error;
      }
    });
  };

  const onAdded = (step: WorkflowStep) => setFocusRequest({ stepId: step.id, preferInvalid: false });

  return (
    <WorkflowEditorContext value={context}>
      <SectionHeading title={saved.name}>
        {isReadOnly ? <p className="note">{t('workflows.readOnly')}</p> : null}
      </SectionHeading>
      <WorkflowToolbar
        workflow={saved}
        name={name}
        onNameChange={setName}
        isNameInvalid={problems.some((problem) => problem.stepId === null && problem.path[0] === 'name')}
        isReadOnly={isReadOnly}
        isDirty={isDirty}
        isBusy={action.isBusy}
        notice={notice}
        error={action.error}
        onSave={save}
        onPublish={publish}
        onEnabledChange={setEnabled}
      />
      <ProblemSummary problems={problems} />
      <div className="workflow-editor-layout">
        <StepOutline
          definition={definition}
          problemsByStep={problemsByStep}
          generalProblems={problems.filter((problem) => problem.stepId === null)}
          onChange={setDefinition}
          onAdded={onAdded}
        />
        <PreviewPanel definition={definition} />
      </div>
    </WorkflowEditorContext>
  );
}

/** Asks before the tab closes or reloads with unsaved changes. */
function useWarnBeforeLeaving(isDirty: boolean) {
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);
}
