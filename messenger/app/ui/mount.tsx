import { render } from 'preact';
import '../styles/messenger.css';
import { Messenger } from './Messenger.tsx';

/** The screens, loaded on the first open. */
export function mount(root: HTMLElement): void {
  root.textContent = '';
  render(<Messenger />, root);
}
