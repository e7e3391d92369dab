import { afterEach, describe, expect, it } from 'vitest';

import { formErrors } from '../forms';
import { setLocale } from '../i18n/locale.svelte';
import { ApiError, problemText } from './errors';

// What the core sends for `org_create` with a misspelt zone and an empty name (see locales/en/core.ftl).
const report = {
  kind: 'validation',
  message: "zone: 'Europe/Lndon' is not a time zone — did you mean Europe/London?; name: must not be empty",
  fields: [
    {
      field: 'zone',
      message: "'Europe/Lndon' is not a time zone — did you mean Europe/London?",
      id: 'core-zone-did-you-mean',
      args: { value: 'Europe/Lndon', suggestion: 'Europe/London' },
    },
    { field: 'name', message: 'must not be empty', id: 'core-empty', args: {} },
  ],
};

describe('the core’s field errors in the window’s language', () => {
  afterEach(() => setLocale('en'));

  it('read in English exactly as the core wrote them', () => {
    setLocale('en');
    const error = ApiError.from(report);
    expect(error.message).toBe(report.message);
    expect(error.fields.map(problemText)).toEqual(report.fields.map((f) => f.message));
  });

  it('read in French from its catalogue, next to their fields and in the whole message', () => {
    setLocale('fr-CA');
    const error = ApiError.from(report);
    expect(error.message).toBe(
      'zone: «\u00a0Europe/Lndon\u00a0» n’est pas un fuseau horaire — vouliez-vous dire Europe/London\u202f?; name: ne doit pas être vide',
    );
    expect(formErrors(report, ['name', 'zone']).fields).toEqual({
      zone: '«\u00a0Europe/Lndon\u00a0» n’est pas un fuseau horaire — vouliez-vous dire Europe/London\u202f?',
      name: 'Ne doit pas être vide',
    });
  });

  it('keep the core’s text when the id is empty, unknown or missing (an older shell)', () => {
    setLocale('fr');
    expect(problemText({ message: 'the key store is locked', id: '', args: {} })).toBe('the key store is locked');
    expect(problemText({ message: 'as written', id: 'core-from-a-newer-core', args: {} })).toBe('as written');
    expect(problemText({ message: 'as written' })).toBe('as written');
    // The id decides what is shown, never the English text.
    expect(problemText({ message: 'must not be empty', id: 'core-empty' })).toBe('ne doit pas être vide');
  });

  it('shows an error with a catalogued id (not found, not a database) in the window’s language', () => {
    const gone = {
      kind: 'not_found',
      message: 'campaign 4 does not exist',
      fields: [],
      id: 'core-not-found',
      args: { entity: 'campaign', id: '4' },
    };
    setLocale('fr');
    expect(ApiError.from(gone).message).toBe('la campagne 4 n’existe pas');
    expect(formErrors(gone, ['title']).general).toBe('La campagne 4 n’existe pas');
    setLocale('en');
    expect(ApiError.from(gone).message).toBe('campaign 4 does not exist');
  });
  it('shows the errors catalogued since (a clock change, a passphrase) in Tagalog and Indonesian', () => {
    // What `event_create` sends for a start in Toronto's spring-forward gap (src/calendar/zones.rs).
    const gap = {
      kind: 'validation',
      message:
        'start: 2025-03-09T02:30 does not exist in America/Toronto: on 2025-03-09 the clocks jump from 02:00 to 03:00 (daylight saving); pick a time outside that gap',
      fields: [
        {
          field: 'start',
          message:
            '2025-03-09T02:30 does not exist in America/Toronto: on 2025-03-09 the clocks jump from 02:00 to 03:00 (daylight saving); pick a time outside that gap',
          id: 'core-dst-gap',
          args: { value: '2025-03-09T02:30', zone: 'America/Toronto', day: '2025-03-09', from: '02:00', to: '03:00' },
        },
      ],
    };
    setLocale('tl');
    expect(formErrors(gap, ['start']).fields.start).toBe(
      'Walang 2025-03-09T02:30 sa America/Toronto: sa 2025-03-09 tumatalon ang orasan mula 02:00 papuntang 03:00 (daylight saving); pumili ng oras na wala sa puwang na iyon',
    );
    const short = {
      kind: 'validation',
      message: 'passphrase: a passphrase needs at least 12 characters; a few words are easiest',
      fields: [
        {
          field: 'passphrase',
          message: 'a passphrase needs at least 12 characters; a few words are easiest',
          id: 'core-passphrase-too-short',
          args: { min: 12 },
        },
      ],
    };
    setLocale('id');
    expect(formErrors(short, ['passphrase']).fields.passphrase).toBe(
      'Frasa sandi perlu paling sedikit 12 karakter; beberapa kata paling mudah',
    );
  });
});
