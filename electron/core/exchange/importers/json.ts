import { ChronicleError } from '../../../../shared/api/errors';

/**
 * Reading JSON exports from other apps: the parse, plus the checks that make a hostile or broken
 * file fail with a message that says what is wrong and where.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

function refuse(message: string): ChronicleError {
  return new ChronicleError('invalid_input', message);
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/** Why JSON.parse failed, in words, with the line and column when the engine tells us the position. */
function describeSyntaxError(text: string, error: SyntaxError): string {
  if (/end of (json )?input|unterminated/i.test(error.message)) {
    return 'the file ends in the middle of the data, so it was probably cut off while copying or saving';
  }
  const position = /position (\d+)/.exec(error.message);
  // The engine complains about whatever it expected next; at the very end that means truncation.
  if (position && Number(position[1]) >= text.trimEnd().length) {
    return 'the file ends in the middle of the data, so it was probably cut off while copying or saving';
  }
  const detail = error.message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
  if (!position) return detail;
  const { line, column } = lineAndColumn(text, Number(position[1]));
  return `${detail.charAt(0).toLowerCase()}${detail.slice(1)} (line ${line}, column ${column})`;
}

/** Where a value sits in the document, as a person would point at it: entries[3].tags[0]. */
export function pathOf(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? (parent ? `${parent}.${key}` : key) : `${parent}[${JSON.stringify(key)}]`;
}

/**
 * Finds keys that could reach an object's prototype if code later copied them with spread or
 * Object.assign. JSON.parse itself stores "__proto__" as a plain key, so this walks the result.
 * Iterative, so a deeply nested file cannot overflow the stack.
 */
export function findPrototypeKey(value: JsonValue, path = ''): string | undefined {
  const stack: { value: JsonValue; path: string }[] = [{ value, path }];
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next || typeof next.value !== 'object' || next.value === null) continue;
    if (Array.isArray(next.value)) {
      next.value.forEach((item, i) => stack.push({ value: item, path: pathOf(next.path, i) }));
      continue;
    }
    for (const key of Object.keys(next.value)) {
      if (key === '__proto__') return pathOf(next.path, key);
      const child = next.value[key];
      if (child !== undefined) stack.push({ value: child, path: pathOf(next.path, key) });
    }
  }
  return undefined;
}

/** Parses an export file's JSON, refusing broken or prototype-polluting input with the place it went wrong. */
export function parseJsonExport(text: string, fileName: string): JsonValue {
  let value: JsonValue;
  try {
    value = JSON.parse(text) as JsonValue;
  } catch (error) {
    const reason = error instanceof SyntaxError ? describeSyntaxError(text, error) : String(error);
    throw refuse(`${fileName} is not valid JSON: ${reason}.`);
  }
  // Only text that spells the key, or escapes characters (and so might spell it), is walked.
  const bad = text.includes('__proto__') || text.includes('\\u') ? findPrototypeKey(value) : undefined;
  if (bad) {
    throw refuse(`${fileName} has a "__proto__" key at ${bad}; no journal export writes one, so Chronicle refuses the file for safety.`);
  }
  return value;
}

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an optional string field; a value of another type is refused with its path. */
export function optionalString(object: JsonObject, key: string, where: string, fileName: string): string | undefined {
  const value = Object.hasOwn(object, key) ? object[key] : undefined;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw refuse(`${fileName}: ${pathOf(where, key)} should be text, not ${typeName(value)}.`);
  return value;
}

export function optionalBoolean(object: JsonObject, key: string, where: string, fileName: string): boolean | undefined {
  const value = Object.hasOwn(object, key) ? object[key] : undefined;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw refuse(`${fileName}: ${pathOf(where, key)} should be true or false, not ${typeName(value)}.`);
  return value;
}

/** A list of strings such as tags; a list holding anything else is refused with the item's path. */
export function optionalStrings(object: JsonObject, key: string, where: string, fileName: string): string[] {
  const value = Object.hasOwn(object, key) ? object[key] : undefined;
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw refuse(`${fileName}: ${pathOf(where, key)} should be a list, not ${typeName(value)}.`);
  return value.map((item, i) => {
    if (typeof item !== 'string') {
      throw refuse(`${fileName}: ${pathOf(pathOf(where, key), i)} should be text, not ${typeName(item)}.`);
    }
    return item;
  });
}

/** The `entries` list both jrnl and Day One exports are built around. */
export function entriesList(root: JsonValue, fileName: string, formatName: string): JsonObject[] {
  if (!isObject(root))
    throw refuse(`${fileName} is not a ${formatName} export: it should hold an object with "entries", not ${typeName(root)}.`);
  const entries = Object.hasOwn(root, 'entries') ? root.entries : undefined;
  if (entries === undefined) throw refuse(`${fileName} is not a ${formatName} export: it has no "entries" list.`);
  if (!Array.isArray(entries)) throw refuse(`${fileName}: "entries" should be a list, not ${typeName(entries)}.`);
  return entries.map((entry, i) => {
    if (!isObject(entry)) throw refuse(`${fileName}: entries[${i}] should be an object, not ${typeName(entry)}.`);
    return entry;
  });
}

export function typeName(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}
