import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { useResource } from '../../lib/useResource.ts';
import { useSignedIn } from '../../session/context.ts';
import { SectionHeading } from '../SectionHeading.tsx';
import { TicketStateLabelsForm } from './TicketStateLabelsForm.tsx';
import { TicketTypeCard } from './TicketTypeCard.tsx';
import { TicketTypeForm } from './TicketTypeForm.tsx';

/** Settings → Tickets: every teammate reads the types and states; managers and admins change them. */
export function TicketsSettings() {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const types = useResource(api.listTicketTypes);
  const states = useResource(api.listTicketStates);
  const canManage = me.role !== 'agent';
  useDocumentTitle(t('tickets.title'));
  const all = types.data?.data ?? [];
  const active = all.filter((type) => !type.archived);
  const archived = all.filter((type) => type.archived);

  return (
    <>
      <SectionHeading title={t('tickets.title')}>
        <p className="muted">{t('tickets.settings.intro')}</p>
        {canManage ? null : <p className="note">{t('tickets.settings.readOnly')}</p>}
      </SectionHeading>
      <ErrorAlert error={types.error ?? states.error} />
      <h3 id="ticket-types-title">{t('tickets.settings.typesTitle')}</h3>
      {canManage ? (
        <section aria-labelledby="new-ticket-type-title" className="card">
          <h4 id="new-ticket-type-title">{t('tickets.settings.newType')}</h4>
          <TicketTypeForm
            submitLabel={t('tickets.settings.createType')}
            onSubmit={(values) => api.createTicketType(values)}
            onSaved={types.reload}
          />
        </section>
      ) : null}
      {types.data === undefined ? <Loading /> : null}
      <ul className="ticket-type-list" aria-labelledby="ticket-types-title">
        {active.map((type) => (
          <TicketTypeCard key={type.id} type={type} canManage={canManage} onChanged={types.reload} />
        ))}
      </ul>
      {archived.length > 0 ? (
        <>
          <h3 id="archived-ticket-types-title">{t('tickets.settings.archivedTitle')}</h3>
          <p className="hint">{t('tickets.settings.archivedHint')}</p>
          <ul className="ticket-type-list" aria-labelledby="archived-ticket-types-title">
            {archived.map((type) => (
              <TicketTypeCard key={type.id} type={type} canManage={canManage} onChanged={types.reload} />
            ))}
          </ul>
        </>
      ) : null}
      <h3 id="ticket-states-title">{t('tickets.settings.statesTitle')}</h3>
      <p className="hint">{t('tickets.settings.statesIntro')}</p>
      {states.data === undefined ? <Loading /> : null}
      <ul className="ticket-state-list" aria-labelledby="ticket-states-title">
        {(states.data?.data ?? [])
          .filter((state) => !state.archived)
          .map((state) => (
            <TicketStateLabelsForm key={state.id} state={state} canManage={canManage} onSaved={states.reload} />
          ))}
      </ul>
    </>
  );
}
