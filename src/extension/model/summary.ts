// The one-line summary in the status bar: "7 quotes · 6 people · 4 to check".
import { count } from './text';

export function summary(quotes: number, people: number, toCheck: number): string {
  return `${count(quotes, 'quote')} · ${count(people, 'person', 'people')} · ${toCheck} to check`;
}
