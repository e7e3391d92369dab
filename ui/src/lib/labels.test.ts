import { describe, expect, it } from 'vitest';

import { reminderLabel } from './labels';

describe('reminderLabel', () => {
  it('reads leads in the largest whole unit', () => {
    expect(reminderLabel(0)).toBe('When it starts');
    expect(reminderLabel(1)).toBe('1 minute before');
    expect(reminderLabel(15)).toBe('15 minutes before');
    expect(reminderLabel(90)).toBe('90 minutes before');
    expect(reminderLabel(120)).toBe('2 hours before');
    expect(reminderLabel(1440)).toBe('1 day before');
    expect(reminderLabel(10080)).toBe('7 days before');
  });
});
