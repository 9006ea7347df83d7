export { textToHtml } from '../../../protocol/text.ts';
