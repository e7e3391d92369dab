// What the share panel offers and how it names files.
import type { MessageKey } from '../i18n';
import { fileSlug } from '../fileSlug';

export type ExportFormatName = 'pdf' | 'docx' | 'html' | 'md' | 'txt';

/** The formats the core exports, with their labels' i18n keys, most asked-for first. */
export const EXPORT_FORMATS: { value: ExportFormatName; label: MessageKey }[] = [
  { value: 'pdf', label: 'share-pdf' },
  { value: 'docx', label: 'share-docx' },
  { value: 'html', label: 'share-html' },
  { value: 'md', label: 'share-md' },
  { value: 'txt', label: 'share-txt' },
];

/** "Stop the deportations!" in Spanish as PDF → "stop-the-deportations-es.pdf"; `all` → "…-all-languages.pdf". */
export function exportFileName(title: string, lang: string, format: ExportFormatName): string {
  const slug = fileSlug(title, 'statement');
  return `${slug}-${lang === 'all' ? 'all-languages' : lang}.${format}`;
}
