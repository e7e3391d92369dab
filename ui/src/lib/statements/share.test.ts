import { describe, expect, it } from 'vitest';
import { exportFileName } from './share';

describe('exportFileName', () => {
  it('makes a safe file name from the title, language and format', () => {
    expect(exportFileName('Stop the deportations!', 'es', 'pdf')).toBe('stop-the-deportations-es.pdf');
    expect(exportFileName('Día de Acción: ¡Justicia!', 'all', 'docx')).toBe('dia-de-accion-justicia-all-languages.docx');
    expect(exportFileName('<script>', 'fr-CA', 'html')).toBe('script-fr-CA.html');
    expect(exportFileName('   ', 'en', 'md')).toBe('statement-en.md');
  });
});
