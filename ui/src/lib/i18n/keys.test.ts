import { describe, expect, it } from 'vitest';

import { catalogueSources } from './catalogues';
import { keysFileText } from './keysFile';

describe('keys.generated.ts', () => {
  it('is the English catalogue’s ids (run `npm run i18n:keys` after changing locales/en)', async () => {
    await expect(keysFileText(catalogueSources.en ?? [])).toMatchFileSnapshot('./keys.generated.ts');
  });
});
