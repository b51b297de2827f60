import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';
import { PURE_SVELTE_ID, PURE_SVELTE_MODULES, sveltePurePlugin } from '../../svelte-pure.plugin.ts';

const runtime = join(
  dirname(createRequire(import.meta.url).resolve('svelte/package.json')),
  'src/internal/client',
);

type Node = { type: string; [k: string]: unknown };
/** A top-level statement that does nothing when the module is evaluated. */
const inert = (n: Node): boolean => {
  if (n.type === 'ImportDeclaration' || n.type === 'FunctionDeclaration') return true;
  if (n.type === 'ExportNamedDeclaration') return n.declaration == null || inert(n.declaration as Node);
  if (n.type !== 'VariableDeclaration') return false;
  return (n.declarations as { init: Node | null }[]).every(({ init }) => {
    if (!init) return true;
    if (
      init.type === 'Literal' ||
      init.type === 'ArrowFunctionExpression' ||
      init.type === 'FunctionExpression'
    )
      return true;
    // An empty collection: `new Set()`, `new Map()`, `new WeakMap()`.
    const callee = init.callee as Node | undefined;
    return (
      init.type === 'NewExpression' &&
      callee?.type === 'Identifier' &&
      /^(Weak)?(Set|Map)$/.test(callee.name as string) &&
      (init.arguments as unknown[]).length === 0
    );
  });
};

describe('svelte-pure (runtime modules the shared chunk need not carry)', () => {
  it.each(PURE_SVELTE_MODULES)('%s has no top-level effect', (file) => {
    const path = join(runtime, file);
    const body = (parseSync(path, readFileSync(path, 'utf8')).program.body as unknown as Node[]).filter(
      (n) => !inert(n),
    );
    expect(body.map((n) => n.type)).toEqual([]);
    expect(PURE_SVELTE_ID.test(path)).toBe(true);
  });

  it('declares those modules, and only those, free of side effects', () => {
    const { transform } = sveltePurePlugin() as unknown as {
      transform: { filter: { id: RegExp }; handler: () => { moduleSideEffects: boolean } };
    };
    expect(transform.handler()).toEqual({ moduleSideEffects: false });
    expect(transform.filter.id.test(join(runtime, 'dom/blocks/html.js'))).toBe(true);
    for (const other of [
      'dom/blocks/each.js',
      'dom/elements/bindings/select.js',
      'runtime.js',
      'dom/blocks/html.jsx',
    ])
      expect(transform.filter.id.test(join(runtime, other)), other).toBe(false);
  });

  it('would catch a module with a top-level effect', () => {
    const src = 'import { x } from "./y.js";\nexport function f() {}\nconst s = new Set();\nx();\n';
    const body = parseSync('t.js', src).program.body as unknown as Node[];
    expect(body.filter((n) => !inert(n)).map((n) => n.type)).toEqual(['ExpressionStatement']);
  });
});
