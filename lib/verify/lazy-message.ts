/**
 * Lazily built messages. Verdicts are cheap; the Vietnamese arithmetic text (several vi-VN number
 * formats) is not, and a 100,000-row check renders only the messages someone reads.
 *
 * A per-object getter closure would give every object its own hidden class, which costs
 * microseconds and much garbage per row. Instead, each `describe` function gets one registry: a
 * getter shared by all its objects and a WeakMap from object to the data its message is built
 * from. On first read the data is replaced there by the text.
 */

/** A message already built (wrapped, so that data of any shape is never mistaken for one). */
class Built {
  constructor(readonly text: string) {}
}

interface Registry {
  readonly entries: WeakMap<object, unknown>;
  readonly property: PropertyDescriptor;
}

// Keyed weakly: a registry lives as long as its describe function or an object that uses it.
const registries = new WeakMap<(data: never) => string, Registry>();

/** The registry used last: a table gives every row the same describe function. */
let lastDescribe: ((data: never) => string) | null = null;
let lastRegistry: Registry | null = null;

function registryFor<D>(describe: (data: D) => string): Registry {
  if (describe === lastDescribe && lastRegistry !== null) return lastRegistry;
  let registry = registries.get(describe);
  if (!registry) registry = createRegistry(describe);
  lastDescribe = describe;
  lastRegistry = registry;
  return registry;
}

function createRegistry<D>(describe: (data: D) => string): Registry {
  const entries = new WeakMap<object, unknown>();
  function readMessage(this: object): string {
    // The receiver may inherit the property (Object.create(result)): find the object that owns it.
    let owner: object | null = this;
    while (owner !== null && !entries.has(owner)) owner = Object.getPrototypeOf(owner) as object | null;
    if (owner === null) return '';
    const entry = entries.get(owner);
    if (entry instanceof Built) return entry.text;
    const text = describe(entry as D);
    entries.set(owner, new Built(text));
    return text;
  }
  const registry = { entries, property: Object.freeze({ enumerable: true, configurable: false, get: readMessage }) };
  registries.set(describe, registry);
  return registry;
}

/**
 * Gives `target` an enumerable `message` built on first read by `describe(data)` and then kept.
 * `JSON.stringify` and object spread read it like a plain field. A function defined once (not a
 * new closure per call) shares one getter across all its objects.
 *
 * @example
 * const v = withLazyMessageOf({ verdict: 'match' }, describeRatio, { ratio: 3.75 });
 * v.message // built by describeRatio({ ratio: 3.75 }) when first read
 */
export function withLazyMessageOf<T extends object, D>(
  target: T,
  describe: (data: D) => string,
  data: D,
): T & { readonly message: string } {
  const registry = registryFor(describe);
  registry.entries.set(target, data);
  return Object.defineProperty(target, 'message', registry.property) as T & { readonly message: string };
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
