/**
 * The collector every validator module writes into: typed reads of `unknown` that report an issue
 * (path + bad value) instead of throwing, plus the unknown-key check (as the MapLibre style-spec
 * validator does: `path.key: unknown property "key"`, a warning).
 */
import { isValidId } from '../ids.ts';
import type { Severity, ValidationIssue } from '../types.ts';

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A short rendering of a value for a message: JSON, cut at 60 characters. */
export function show(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = Object.prototype.toString.call(v);
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

export const oneOf = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** Reads own enumerable keys only, so a data key such as `__proto__` or `constructor` is just a key. */
const has = (o: Obj, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** Collects issues; every check reads `unknown` and reports instead of throwing. */
export class Checker {
  readonly issues: ValidationIssue[] = [];

  add(path: string, message: string, severity: Severity = 'error'): void {
    this.issues.push({ path, message, severity });
  }

  warn(path: string, message: string): void {
    this.add(path, message, 'warning');
  }

  object(v: unknown, path: string): Obj | null {
    if (isObj(v)) return v;
    this.add(path, `expected an object, got ${show(v)}`);
    return null;
  }

  array(v: unknown, path: string): unknown[] | null {
    if (Array.isArray(v)) return v;
    this.add(path, `expected an array, got ${show(v)}`);
    return null;
  }

  /** Warns about each own key of `o` not in `known` (a typo, or a field the app ignores). */
  keys(o: Obj, path: string, known: readonly string[]): void {
    for (const key of Object.keys(o)) {
      if (!known.includes(key)) this.warn(`${path}.${key}`, `unknown property ${show(key)}`);
    }
  }

  /** A required string; non-empty unless `allowEmpty`. */
  string(o: Obj, key: string, path: string, allowEmpty = false): string | null {
    const v = has(o, key) ? o[key] : undefined;
    if (typeof v === 'string' && (allowEmpty || v.trim() !== '')) return v;
    this.add(`${path}.${key}`, `expected a ${allowEmpty ? '' : 'non-empty '}string, got ${show(v)}`);
    return null;
  }

  optionalString(o: Obj, key: string, path: string): void {
    if (o[key] !== undefined) this.string(o, key, path);
  }

  optionalBoolean(o: Obj, key: string, path: string): void {
    const v = o[key];
    if (v !== undefined && typeof v !== 'boolean')
      this.add(`${path}.${key}`, `expected a boolean, got ${show(v)}`);
  }

  enumOf<T extends string>(o: Obj, key: string, path: string, values: readonly T[]): T | null {
    const v = has(o, key) ? o[key] : undefined;
    if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
    this.add(`${path}.${key}`, `expected one of ${oneOf(values)}, got ${show(v)}`);
    return null;
  }

  /** A required integer offset `≥ 0`. */
  offset(o: Obj, key: string, path: string): number | null {
    const v = o[key];
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
    this.add(`${path}.${key}`, `expected an integer ≥ 0, got ${show(v)}`);
    return null;
  }

  /** A string that follows the id rule ({@link isValidId}); reported with its path otherwise. */
  id(v: unknown, path: string): string | null {
    if (typeof v !== 'string' || v === '') {
      this.add(path, `expected a non-empty string, got ${show(v)}`);
      return null;
    }
    if (!isValidId(v)) {
      this.add(
        path,
        `${show(v)} is not a valid id (a letter or digit, then up to 79 letters, digits, "_" or "-")`,
      );
    }
    return v;
  }

  /**
   * The record's `id`: valid ({@link isValidId}) and not seen before. Returns the id when it is a
   * string that is not a duplicate (an invalid id is still returned, so references to it resolve and
   * one bad id gives one issue).
   */
  uniqueId(o: Obj, path: string, seen: Map<string, string>): string | null {
    const id = this.id(has(o, 'id') ? o.id : undefined, `${path}.id`);
    if (id === null) return null;
    const first = seen.get(id);
    if (first !== undefined) {
      this.add(`${path}.id`, `duplicate id ${show(id)} (first at ${first}.id)`);
      return null;
    }
    seen.set(id, path);
    return id;
  }

  reference(v: unknown, path: string, ids: ReadonlyMap<string, string>, what: string): void {
    if (typeof v !== 'string' || v === '') this.add(path, `expected a non-empty string, got ${show(v)}`);
    else if (!ids.has(v)) this.add(path, `no ${what} with id ${show(v)}`);
  }
}
