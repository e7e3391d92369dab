// The words of a "find a time" suggestion, built from the parts the core sends (who is in working hours, awake,
// asleep, with local times) so every language says it its own way: "09:00 Toronto · 21:00 Manila — everyone else
// awake, Manila outside working hours; Auckland at 02:00 is asleep".
import type { DayState } from './bindings/DayState';
import type { Slot } from './bindings/Slot';
import type { SlotTime } from './bindings/SlotTime';
import { t } from './i18n';

function shifted(text: string, dayShift: number): string {
  if (dayShift === 0) return text;
  return `${text} ${t('calendar-dayShift', { count: Math.abs(dayShift), sign: dayShift > 0 ? '+' : '−' })}`;
}

/** "a", "a and b", "a, b and c" in the current language. */
export function andList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return t('findTime-and', { list: items.slice(0, -1).join(', '), last: items[items.length - 1] ?? '' });
}

/** Each place once per state (participants in one zone share its clock). */
function places(slot: Slot): SlotTime[] {
  const seen = new Set<string>();
  return slot.times.filter((x) => {
    const key = `${x.zone} ${x.state}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "09:00 Toronto · 21:00 Manila (+1 day)": the start where people are awake. */
export function slotPlaces(slot: Slot): string {
  return places(slot)
    .filter((x) => x.state !== 'asleep')
    .map((x) => shifted(t('calendar-zoneTime', { time: x.local, city: x.city }), x.day_shift))
    .join(' · ');
}

/** "everyone else awake, Manila outside working hours; Auckland at 02:00 is asleep". */
export function slotReason(slot: Slot): string {
  const of = (state: DayState) => places(slot).filter((x) => x.state === state);
  const asleep = of('asleep').map((x) => shifted(t('findTime-asleepAt', { city: x.city, time: x.local }), x.day_shift));
  const awake = of('awake').map((x) => x.city);
  if (of('working').length + awake.length === 0) return t('findTime-everyoneAsleep', { places: andList(asleep) });
  const others = asleep.length > 0;
  let text =
    awake.length === 0
      ? t(others ? 'findTime-othersWorking' : 'findTime-everyoneWorking')
      : t(others ? 'findTime-othersAwake' : 'findTime-everyoneAwake', { places: andList(awake) });
  if (others) text += `; ${t('findTime-asleep', { count: asleep.length, places: andList(asleep) })}`;
  return text;
}

/**
 * The first `count` slots of the ranking that do not overlap one another: the ranking puts 14:00, 14:30 and 15:00
 * side by side, and a coordinator choosing between options wants different times, not the same hour three times.
 */
export function distinctSlots(slots: Slot[], count: number): Slot[] {
  const kept: Slot[] = [];
  const range = (s: Slot) => [Date.parse(s.start), Date.parse(s.end)] as const;
  for (const slot of slots) {
    if (kept.length >= count) break;
    const [start, end] = range(slot);
    if (kept.every((k) => { const [ks, ke] = range(k); return end <= ks || ke <= start; })) kept.push(slot);
  }
  return kept;
}
