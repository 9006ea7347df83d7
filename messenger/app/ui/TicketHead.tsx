import type { Language } from '../../../protocol/common.ts';
import type { PublicTicket } from '../../../protocol/tickets.ts';
import type { Translate } from '../i18n/index.ts';

function attributeText(value: unknown, language: Language, t: Translate): string {
  if (typeof value === 'boolean') return value ? t('ticket.yes') : t('ticket.no');
  if (typeof value === 'number') return value.toLocaleString(language);
  return String(value);
}

/** What the ticket is about: its title, type, description and the details the customer may see. */
export function TicketHead({
  ticket,
  titleLevel = 2,
  language,
  t,
}: {
  ticket: PublicTicket;
  /** h1 on the ticket page, h2 inside the messenger (whose screen title is the h1). */
  titleLevel?: 1 | 2;
  language: Language;
  t: Translate;
}) {
  const Title = titleLevel === 1 ? 'h1' : 'h2';
  const Label = titleLevel === 1 ? 'h2' : 'h3';
  return (
    <section class="ticket-head" aria-labelledby="ticket-title">
      <Title id="ticket-title" class="ticket-title">
        {ticket.title}
      </Title>
      {ticket.type_name && <p class="ticket-type">{ticket.type_name}</p>}
      {ticket.description && (
        <>
          <Label class="ticket-label">{t('ticket.description')}</Label>
          <p class="ticket-description">{ticket.description}</p>
        </>
      )}
      {ticket.attributes.length > 0 && (
        <>
          <Label class="ticket-label">{t('ticket.details')}</Label>
          <dl class="ticket-attributes">
            {ticket.attributes.map((attribute) => (
              <div key={attribute.name}>
                <dt>{attribute.name}</dt>
                <dd>{attributeText(attribute.value, language, t)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
