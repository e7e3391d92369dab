import { describe, expect, it } from 'vitest';
import { loadCalendarPrefs, saveCalendarPrefs, whereTheDataIs } from './calendarPrefs';

/** An in-memory Storage. */
function memory(): Pick<Storage, 'getItem' | 'setItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe('calendar prefs', () => {
  it('remembers the zone and the view for good and the date for the session', () => {
    const [local, session] = [memory(), memory()];
    expect(loadCalendarPrefs(local, session)).toEqual({});
    saveCalendarPrefs({ zone: 'America/Toronto' }, local, session);
    saveCalendarPrefs({ view: 'timeGridWeek', date: '2025-02-18' }, local, session);
    expect(loadCalendarPrefs(local, session)).toEqual({ zone: 'America/Toronto', view: 'timeGridWeek', date: '2025-02-18' });
    saveCalendarPrefs({ zone: 'Asia/Manila' }, local, session);
    expect(loadCalendarPrefs(local, session)).toEqual({ zone: 'Asia/Manila', view: 'timeGridWeek', date: '2025-02-18' });
    // A new run (a new session) keeps the zone and the view only.
    expect(loadCalendarPrefs(local, memory())).toEqual({ zone: 'Asia/Manila', view: 'timeGridWeek' });
  });

  it("remembers the month agenda, and not a campaign's whole agenda", () => {
    const [local, session] = [memory(), memory()];
    saveCalendarPrefs({ view: 'listMonth' }, local, session);
    expect(loadCalendarPrefs(local, session)).toEqual({ view: 'listMonth' });
    // The generic list view (a campaign's dates) is never a view to reopen on, even if something stored it.
    local.items.set('campaign-desk.calendar', '{"view":"list"}');
    expect(loadCalendarPrefs(local, session)).toEqual({});
  });

  it('ignores what it cannot read', () => {
    const [local, session] = [memory(), memory()];
    local.items.set('campaign-desk.calendar', '{"zone":"Mars/Olympus","view":"gantt"}');
    session.items.set('campaign-desk.calendar.date', 'tomorrow');
    expect(loadCalendarPrefs(local, session)).toEqual({});
    local.items.set('campaign-desk.calendar', 'not json');
    expect(loadCalendarPrefs(local, session)).toEqual({});
    expect(loadCalendarPrefs(undefined, undefined)).toEqual({});
    const refusing = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => saveCalendarPrefs({ zone: 'UTC' }, refusing, refusing)).not.toThrow();
  });
});

describe('whereTheDataIs', () => {
  const burma = { start_date: '2025-02-01', end_date: '2025-02-28' };
  const webinarSeries = { start_date: '2025-06-01', end_date: '2025-06-30' };
  it('opens today inside a running campaign', () => {
    expect(whereTheDataIs([burma, webinarSeries], '2025-02-18')).toBe('2025-02-18');
  });
  it('opens at the next campaign, else the most recent one', () => {
    expect(whereTheDataIs([webinarSeries, burma], '2025-01-10')).toBe('2025-02-01');
    expect(whereTheDataIs([burma, webinarSeries], '2025-03-10')).toBe('2025-06-01');
    expect(whereTheDataIs([], '2026-11-26')).toBeNull();
  });
  it('opens past data in the month where most of it starts', () => {
    // The demo: the Burma month, two campaigns inside it and a two-day one in March.
    const demo = [
      { start_date: '2025-03-07', end_date: '2025-03-08' },
      burma,
      { start_date: '2025-02-06', end_date: '2025-02-06' },
      { start_date: '2025-02-04', end_date: '2025-02-07' },
    ];
    expect(whereTheDataIs(demo, '2026-12-06')).toBe('2025-02-01');
    expect(whereTheDataIs([burma, webinarSeries], '2026-11-26')).toBe('2025-06-01');
  });
});
