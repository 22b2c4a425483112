/**
 * Lazily built messages. Verdicts are cheap; the Vietnamese arithmetic text (several vi-VN number
 * formats) is not, and a 100,000-row check renders only the messages someone reads.
 *
 * Every object gets the same getter (a per-object getter closure would give every object its own
 * hidden class, which costs microseconds and much garbage per row); what each object's message is
 * built from waits in a WeakMap until first read, and the text then replaces it there.
 */

interface Pending {
  readonly describe: (data: never) => string;
  readonly data: unknown;
}

const messages = new WeakMap<object, string | Pending>();

/** The getter shared by every lazily described object: builds the message once, then keeps it. */
function readMessage(this: object): string {
  // The receiver may inherit the property (Object.create(result)): find the object that owns it.
  let owner: object | null = this;
  let entry = messages.get(owner);
  while (entry === undefined && owner !== null) {
    owner = Object.getPrototypeOf(owner) as object | null;
    entry = owner === null ? undefined : messages.get(owner);
  }
  if (entry === undefined || owner === null) return '';
  if (typeof entry === 'string') return entry;
  const text = (entry.describe as (data: unknown) => string)(entry.data);
  messages.set(owner, text);
  return text;
}

const MESSAGE_PROPERTY: PropertyDescriptor = Object.freeze({ enumerable: true, configurable: false, get: readMessage });

/**
 * Gives `target` an enumerable `message` built on first read by `describe(data)` and then kept.
 * `JSON.stringify` and object spread read it like a plain field. A static `describe` and a small
 * `data` value cost no closure per object.
 *
 * @example
 * const v = withLazyMessageOf({ verdict: 'match' }, (d: { ratio: number }) => `= ${d.ratio}`, { ratio: 3.75 });
 * v.message // '= 3.75'
 */
export function withLazyMessageOf<T extends object, D>(
  target: T,
  describe: (data: D) => string,
  data: D,
): T & { readonly message: string } {
  messages.set(target, { describe, data });
  return Object.defineProperty(target, 'message', MESSAGE_PROPERTY) as T & { readonly message: string };
}

function callDescribe(describe: () => string): string {
  return describe();
}

/**
 * Gives `target` an enumerable `message` that is built on first read and then kept.
 *
 * @example
 * const v = withLazyMessage({ verdict: 'match' }, () => '39,8 / 10,6 = 3,75 → làm tròn 3,8');
 * v.message // '39,8 / 10,6 = 3,75 → làm tròn 3,8'
 */
export function withLazyMessage<T extends object>(target: T, describe: () => string): T & { readonly message: string } {
  return withLazyMessageOf(target, callDescribe, describe);
}
