/** A count with its noun, singular or plural: "1 call", "3 calls", "2 replies". */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
