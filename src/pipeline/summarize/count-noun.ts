/** "1 line", "3 lines": counts read as English in summaries. */
export function countNoun(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
