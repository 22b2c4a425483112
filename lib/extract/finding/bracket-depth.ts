/**
 * Whether positions of a clause sit inside brackets opened before them, asked left to right: each call reads on from
 * the last, so a clause is read once however many claims it holds.
 *
 * @example
 * const inside = bracketDepthReader('tăng 5% (năm 2022 tăng 3%), tăng 7%');
 * inside(0) // false; inside(18) // true; inside(28) // false
 */
export function bracketDepthReader(text: string): (at: number) => boolean {
  let depth = 0;
  let read = 0;
  return (at) => {
    for (; read < at; read++) {
      const c = text[read];
      if (c === '(') depth++;
      else if (c === ')' && depth > 0) depth--;
    }
    return depth > 0;
  };
}
