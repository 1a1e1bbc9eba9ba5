/** Turns what the drivers return for count(*) and other aggregates (number, bigint or numeric text) into a number. */
export function toNumber(value: string | number | bigint | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : Number(value);
}
