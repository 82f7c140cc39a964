// A count with its noun in the right number: "1 mention", "2 mentions", "1 party", "3 parties".
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
