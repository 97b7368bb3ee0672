import { expect, parseSection } from "./check";

/**
 * A JSON object of string arrays (the English maps: `{"stem":["…","…"],…}` as JSON.stringify writes it)
 * read entry by entry from its text: looking a key up finds `"key":[` in the text and parses that one
 * array, so a question that reads a few entries never parses the whole object (0.9 MB for the lexicon of
 * the 3,361-article set). Listing the keys (Object.keys, JSON.stringify, a spread) parses it all once.
 * Each entry read is checked (an array of strings), as the whole object is when parsed.
 *
 * @param name the section's name, for errors
 * @param text the object's JSON text
 */
export function lazyJsonRecord(name: string, text: string): Record<string, string[]> {
  expect(text.startsWith("{") && text.trimEnd().endsWith("}"), `section ${name} does not hold what it should`);
  const found = new Map<string, string[] | undefined>();
  let all: Record<string, string[]> | undefined;
  const whole = () => (all ??= parseSection<Record<string, string[]>>(name, text, (v) => typeof v === "object" && v !== null && !Array.isArray(v)));
  const entry = (key: string): string[] | undefined => {
    if (all) return Object.hasOwn(all, key) ? all[key] : undefined;
    if (found.has(key)) return found.get(key);
    const needle = `${JSON.stringify(key)}:[`;
    let at = text.indexOf(needle);
    // a key follows { or , (values are arrays of strings: their own quotes are preceded by [ or ,)
    while (at > 0 && text[at - 1] !== "{" && text[at - 1] !== ",") at = text.indexOf(needle, at + 1);
    let value: unknown;
    if (at > 0) {
      const from = at + needle.length - 1;
      try {
        value = JSON.parse(text.slice(from, text.indexOf("]", from) + 1));
      } catch {
        // not one plain array (a "]" inside a string): read from the whole object, parsed once
        value = Object.hasOwn(whole(), key) ? whole()[key] : undefined;
      }
      expect(Array.isArray(value) && value.every((s) => typeof s === "string"), `section ${name} does not hold what it should`);
    }
    found.set(key, value as string[] | undefined);
    return value as string[] | undefined;
  };
  return new Proxy({} as Record<string, string[]>, {
    get: (_, key) => (typeof key === "string" ? entry(key) : undefined),
    has: (_, key) => typeof key === "string" && entry(key) !== undefined,
    getOwnPropertyDescriptor: (_, key) => {
      const value = typeof key === "string" ? entry(key) : undefined;
      return value === undefined ? undefined : { value, writable: false, enumerable: true, configurable: true };
    },
    ownKeys: () => Object.keys(whole()),
  });
}
