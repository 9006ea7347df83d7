import { useTranslation } from 'react-i18next';
import type { ContactSearchHit, ConversationSearchHit } from '../../../protocol/search.ts';
import { useFormatTime } from '../lib/useFormatTime.ts';
import { Highlighted } from './Highlighted.tsx';

export type SearchItem = ConversationSearchHit | ContactSearchHit;

interface SearchResultsProps {
  conversations: ConversationSearchHit[];
  contacts: ContactSearchHit[];
  activeIndex: number;
  onOpen: (item: SearchItem) => void;
  onHover: (index: number) => void;
}

export const optionId = (index: number) => `search-option-${index}`;

/** The results listbox: conversations, then contacts; the active option follows the arrow keys. */
export function SearchResults({ conversations, contacts, activeIndex, onOpen, onHover }: SearchResultsProps) {
  const { t } = useTranslation();
  const formatTime = useFormatTime();
  const option = (index: number, item: SearchItem, children: React.ReactNode) => (
    <div
      key={`${item.type}-${item.id}`}
      id={optionId(index)}
      role="option"
      aria-selected={index === activeIndex}
      tabIndex={-1}
      className={`search-option${index === activeIndex ? ' is-active' : ''}`}
      // Focus stays in the search box (the combobox), which handles the keys for every option.
      onMouseDown={(event) => {
        event.preventDefault();
        onOpen(item);
      }}
      onMouseMove={() => onHover(index)}
    >
      {children}
    </div>
  );
  return (
    <div id="search-results" role="listbox" aria-label={t('search.results')} className="search-results">
      {conversations.length > 0 ? (
        // biome-ignore lint/a11y/useSemanticElements: a group of options in a listbox, not of form fields.
        <div role="group" aria-labelledby="search-group-conversations" className="search-group">
          <div id="search-group-conversations" className="search-group-title">
            {t('search.conversations')}
          </div>
          {conversations.map((hit, index) =>
            option(
              index,
              hit,
              <>
                <span className="search-option-top">
                  <span className="search-option-name">
                    <Highlighted
                      snippet={hit.contact.name.text ? hit.contact.name : { text: t('search.unnamed'), highlights: [] }}
                    />
                  </span>
                  <span className={`badge state-${hit.state}`}>{t(`stateBadge.${hit.state}`)}</span>
                  <time className="search-option-time" dateTime={new Date(hit.updated_at * 1000).toISOString()}>
                    {formatTime(hit.updated_at)}
                  </time>
                </span>
                <span className="search-option-snippet">
                  {hit.matched === 'note' ? <span className="search-note-tag">{t('search.note')}</span> : null}
                  <Highlighted snippet={hit.snippet} />
                </span>
              </>,
            ),
          )}
        </div>
      ) : null}
      {contacts.length > 0 ? (
        // biome-ignore lint/a11y/useSemanticElements: a group of options in a listbox, not of form fields.
        <div role="group" aria-labelledby="search-group-contacts" className="search-group">
          <div id="search-group-contacts" className="search-group-title">
            {t('search.contacts')}
          </div>
          {contacts.map((hit, index) =>
            option(
              conversations.length + index,
              hit,
              <>
                <span className="search-option-top">
                  <span className="search-option-name">
                    <Highlighted snippet={hit.name.text ? hit.name : { text: t('search.unnamed'), highlights: [] }} />
                  </span>
                  {hit.latest_conversation_id === null ? (
                    <span className="search-option-time">{t('search.noConversation')}</span>
                  ) : null}
                </span>
                <span className="search-option-snippet">
                  <Highlighted snippet={hit.email} />
                </span>
              </>,
            ),
          )}
        </div>
      ) : null}
    </div>
  );
}
