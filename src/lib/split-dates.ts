// Dates and times in a line of text, found without a date library (the to-do list on home uses it,
// and the main package carries no dayjs).

const DATE = /(\d{4}-\d{2}(?:-\d{2})?(?: \d{2}:\d{2})?|\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?)/

/** A text cut into its dates and times ("2026-12-03", "2026-12-03 18:24", "09:00-09:30") and the words between. */
export function splitDates(text: string): Array<{ text: string; date: boolean }> {
  return text
    .split(DATE)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, date: part.match(DATE)?.[0] === part }))
}
