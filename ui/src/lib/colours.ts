// Campaign colours: eight hues that keep white text readable (WCAG AA, ≥ 4.5:1) and differ for most forms of
// colour blindness when side by side on the calendar.
export const PALETTE = [
  { value: '#4557d6', name: 'colour-indigo' },
  { value: '#c2410c', name: 'colour-orange' },
  { value: '#0f766e', name: 'colour-teal' },
  { value: '#b91c1c', name: 'colour-red' },
  { value: '#7e22ce', name: 'colour-purple' },
  { value: '#15803d', name: 'colour-green' },
  { value: '#a16207', name: 'colour-ochre' },
  { value: '#be185d', name: 'colour-pink' },
] as const;

export type PaletteName = (typeof PALETTE)[number]['name'];

/** Whether `value` is a `#rrggbb` colour (the only form the core accepts). */
export function isHexColour(value: string): boolean {
  return /^#[0-9a-fA-F]{6}$/.test(value);
}
