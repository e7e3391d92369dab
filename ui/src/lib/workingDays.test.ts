import { describe, expect, it } from 'vitest';
import { dayNames, daysFromText, daysToText } from './workingDays';

describe('working days', () => {
  it('reads what the core stores', () => {
    expect(daysFromText(null)).toEqual([true, true, true, true, true, false, false]);
    expect(daysFromText('sun-thu')).toEqual([true, true, true, true, false, false, true]);
    expect(daysFromText('mon,wed,fri')).toEqual([true, false, true, false, true, false, false]);
    expect(daysFromText('all')).toEqual([true, true, true, true, true, true, true]);
  });

  it('writes the default week as nothing, and other weeks as their days', () => {
    expect(daysToText([true, true, true, true, true, false, false])).toBeNull();
    expect(daysToText(daysFromText('sun-thu'))).toBe('mon,tue,wed,thu,sun');
    expect(daysToText([false, false, false, false, false, false, false])).toBe('');
  });

  it('names the days in the language, Monday first', () => {
    expect(dayNames('en')).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(dayNames('fr')[0]).toBe('lun.');
  });
});
