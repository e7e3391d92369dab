import { describe, expect, it } from 'vitest';
import { oneLine } from './autoGrow';

describe('oneLine', () => {
  it('turns typed or pasted line breaks into single spaces', () => {
    expect(oneLine('Statement on\nthe strike')).toBe('Statement on the strike');
    expect(oneLine('Windows\r\nline\rends')).toBe('Windows line ends');
    expect(oneLine('two\n\n\nparagraphs')).toBe('two paragraphs');
  });

  it('leaves a one-line title as it is', () => {
    expect(oneLine('  Stand with the peoples of Burma  ')).toBe('  Stand with the peoples of Burma  ');
    expect(oneLine('')).toBe('');
  });
});
