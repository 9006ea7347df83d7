import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { detectLanguage, initI18n } from './i18n/index.ts';
import './styles/base.css';
import './styles/forms.css';
import './styles/frame.css';
import './styles/inbox.css';
import './styles/conversation.css';
import './styles/settings.css';
import './styles/settings-forms.css';
import './styles/messenger-settings.css';
import './styles/workflows.css';
import './styles/bot.css';
import './styles/assignment.css';
import './styles/assignment-why.css';
import './styles/tickets.css';
import './styles/webhooks.css';
import './styles/jira.css';
import './styles/search.css';
import './styles/drafts.css';
import './styles/view-editor.css';
import './styles/attention.css';
// Last: the narrow-screen rules override the desktop layout above.
import './styles/responsive.css';

initI18n(detectLanguage());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
