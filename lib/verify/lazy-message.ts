/**
 * Gives `target` an enumerable `message` that is built on first read and then kept.
 * Verdicts are cheap; the Vietnamese arithmetic text (several vi-VN number formats) is not, and a
 * 100,000-row check renders only the messages someone reads. `JSON.stringify` and object spread
 * read it like a plain field.
 *
 * @example
 * const v = withLazyMessage({ verdict: 'match' }, () => '39,8 / 10,6 = 3,75 → làm tròn 3,8');
 * v.message // '39,8 / 10,6 = 3,75 → làm tròn 3,8'
 */
export function withLazyMessage<T extends object>(target: T, describe: () => string): T & { readonly message: string } {
  let memo: string | undefined;
  return Object.defineProperty(target, 'message', {
    enumerable: true,
    configurable: false,
    get: () => (memo ??= describe()),
  }) as T & { readonly message: string };
}
