/**
 * Where a JSON text gives one object the same name twice, as paths (`facts.wifi`,
 * `stepLog.0.outcome`; a name at the top is itself). JSON.parse keeps the last value without a
 * word; a reader of the text may have seen the first. The text must be valid JSON.
 *
 * One pass over the tokens, without recursion (a summary nested 400,000 deep is valid JSON), and
 * each container remembers only its own place, so the cost stays in proportion to the text.
 */

interface Container {
  /** Where it sits in its parent: the name, or the index in a list; none for the top. */
  place?: string;
  /** An object's names so far (a list has none), the latest, and whether a name comes next. */
  names?: Set<string>;
  name?: string;
  nameNext?: boolean;
  index: number;
}

const TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"|[{}[\],]/g;

function pathOf(stack: readonly Container[], name: string): string {
  return [...stack.slice(1).map((c) => c.place), name].join('.');
}

/** Where a name given twice stands in the text (see above). */
export const repeatedKeys = (json: string) => keysWhere(json, (name, names) => names.has(name));

/**
 * Where an object is given a name `__proto__`: JSON.parse keeps it as a field, but zod's records
 * leave it out without a word, so `"stepsTried": {"__proto__": "fixed"}` read as no damage.
 */
export const prototypeKeys = (json: string) => keysWhere(json, (name) => name === '__proto__');

function keysWhere(json: string, test: (name: string, names: Set<string>) => boolean): string[] {
  const repeated: string[] = [];
  const stack: Container[] = [];
  for (const [token] of json.matchAll(TOKEN)) {
    const top = stack.at(-1);
    if (token === '{' || token === '[') {
      const place = top?.names ? top.name : top && String(top.index);
      stack.push(
        token === '{' ? { place, names: new Set(), nameNext: true, index: 0 } : { place, index: 0 },
      );
    } else if (token === '}' || token === ']') {
      stack.pop();
    } else if (token === ',') {
      if (top?.names) top.nameNext = true;
      else if (top) top.index++;
    } else if (top?.names && top.nameNext) {
      const name = JSON.parse(token) as string;
      if (test(name, top.names)) repeated.push(pathOf(stack, name));
      top.names.add(name);
      top.name = name;
      top.nameNext = false;
    }
  }
  return repeated;
}
