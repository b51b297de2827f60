/**
 * A small evaluator for the subset of MapLibre style expressions that the app's own styles use
 * (`basemap-style.ts`, `place-layers.ts`), so the static renderer reads the very same layer
 * definitions as the live map instead of a copy of their colours. The full evaluator
 * (`@maplibre/maplibre-gl-style-spec`) would cost more than the whole poster budget. An array
 * whose head is not a known operator is taken as a literal value; a test runs
 * every layer of both styles through {@link operatorsIn} so a new operator cannot slip in unnoticed.
 */

export interface ExprContext {
  zoom: number;
  properties: Readonly<Record<string, unknown>>;
  /** The feature's state (`selected`, `hovered`, `dimmed`). */
  state?: Readonly<Record<string, unknown>>;
  /** `Point`, `LineString`, `Polygon` or their `Multi` forms. */
  geometryType?: string;
}

/** Operators this evaluator understands (checked against the styles in a test). */
export const SUPPORTED_OPERATORS = new Set([
  'get',
  'has',
  'literal',
  'zoom',
  'feature-state',
  'geometry-type',
  'boolean',
  'number',
  'string',
  'to-string',
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  '!',
  'in',
  'all',
  'any',
  'case',
  'match',
  'coalesce',
  'step',
  'interpolate',
  'concat',
  'upcase',
]);

const isExpr = (v: unknown): v is [string, ...unknown[]] =>
  Array.isArray(v) && typeof v[0] === 'string' && SUPPORTED_OPERATORS.has(v[0]);

/** Evaluates a style value: a constant is returned as is, an expression is evaluated. */
export function evaluate(value: unknown, ctx: ExprContext): unknown {
  if (!Array.isArray(value)) return value;
  // A literal array (a dash pattern, an anchor list) is a value, not an expression.
  if (!isExpr(value)) return value;
  const [op, ...args] = value;
  const ev = (v: unknown) => evaluate(v, ctx);
  switch (op) {
    case 'get':
      return Object.hasOwn(ctx.properties, String(ev(args[0]))) ? ctx.properties[String(ev(args[0]))] : null;
    case 'has':
      return Object.hasOwn(ctx.properties, String(ev(args[0])));
    case 'literal':
      return args[0];
    case 'zoom':
      return ctx.zoom;
    case 'feature-state': {
      const key = String(ev(args[0]));
      return ctx.state && Object.hasOwn(ctx.state, key) ? ctx.state[key] : null;
    }
    case 'geometry-type':
      return ctx.geometryType ?? null;
    case 'boolean':
    case 'number':
    case 'string': {
      // Assertions with fallbacks: the first argument of the right type wins.
      for (const a of args) {
        const v = ev(a);
        if (typeof v === op) return v;
      }
      return null;
    }
    case 'to-string': {
      const v = ev(args[0]);
      return v == null ? '' : String(v);
    }
    case '==':
      return ev(args[0]) === ev(args[1]);
    case '!=':
      return ev(args[0]) !== ev(args[1]);
    case '<':
      return (ev(args[0]) as number) < (ev(args[1]) as number);
    case '<=':
      return (ev(args[0]) as number) <= (ev(args[1]) as number);
    case '>':
      return (ev(args[0]) as number) > (ev(args[1]) as number);
    case '>=':
      return (ev(args[0]) as number) >= (ev(args[1]) as number);
    case '!':
      return !ev(args[0]);
    case 'in': {
      // Membership in an array, or a substring of a string (the style spec's `in`).
      const [needle, hay] = [ev(args[0]), ev(args[1])];
      if (Array.isArray(hay)) return hay.includes(needle);
      return typeof hay === 'string' && typeof needle === 'string' && hay.includes(needle);
    }
    case 'all':
      return args.every((a) => ev(a) === true);
    case 'any':
      return args.some((a) => ev(a) === true);
    case 'case': {
      for (let i = 0; i + 1 < args.length; i += 2) if (ev(args[i]) === true) return ev(args[i + 1]);
      return ev(args[args.length - 1]);
    }
    case 'match': {
      const input = ev(args[0]);
      for (let i = 1; i + 1 < args.length; i += 2) {
        const label = args[i];
        const hit = Array.isArray(label) ? label.includes(input) : label === input;
        if (hit) return ev(args[i + 1]);
      }
      return ev(args[args.length - 1]);
    }
    case 'coalesce': {
      for (const a of args) {
        const v = ev(a);
        if (v != null) return v;
      }
      return null;
    }
    case 'step': {
      const input = ev(args[0]) as number;
      let out = ev(args[1]);
      for (let i = 2; i + 1 < args.length; i += 2) {
        if (input >= (args[i] as number)) out = ev(args[i + 1]);
        else break;
      }
      return out;
    }
    case 'interpolate':
      return interpolate(args, ctx);
    case 'concat':
      return args.map((a) => String(ev(a) ?? '')).join('');
    case 'upcase':
      return String(ev(args[0]) ?? '').toUpperCase();
  }
  return undefined;
}

function interpolate(args: unknown[], ctx: ExprContext): unknown {
  const [kind, inputExpr, ...stops] = args as [unknown[], unknown, ...unknown[]];
  const x = evaluate(inputExpr, ctx) as number;
  const base = kind[0] === 'exponential' ? (kind[1] as number) : 1;
  const n = stops.length / 2;
  const at = (i: number) => stops[2 * i] as number;
  const val = (i: number) => evaluate(stops[2 * i + 1], ctx) as number;
  if (n === 0) return undefined;
  if (x <= at(0)) return val(0);
  if (x >= at(n - 1)) return val(n - 1);
  let i = 0;
  while (i < n - 1 && x >= at(i + 1)) i++;
  const lo = at(i);
  const hi = at(i + 1);
  const d = hi - lo;
  const p = x - lo;
  // MapLibre's interpolationFactor: linear for base 1, exponential otherwise.
  const t = d === 0 ? 0 : base === 1 ? p / d : (base ** p - 1) / (base ** d - 1);
  const a = val(i);
  const b = val(i + 1);
  if (typeof a === 'number' && typeof b === 'number') return a + (b - a) * t;
  return t < 0.5 ? a : b;
}

/** Every operator name used anywhere in `value` (for the coverage test). */
export function operatorsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    if (typeof value[0] === 'string' && value.length > 0 && !/^[A-Z]/.test(value[0])) {
      // A string array whose head is an operator name; dash patterns and font stacks are not.
      out.add(value[0]);
    }
    for (const v of value) operatorsIn(v, out);
  }
  return out;
}
