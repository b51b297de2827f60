/**
 * Every bare import is declared: in the root package.json for the app, its tests, scripts, benches
 * and configs; in tools/package.json for the build-time data tools. An undeclared import works only
 * while some other package happens to hoist it, and breaks when that package changes.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Bare module specifiers imported by a source text (static, dynamic and re-exports). */
export function bareImports(source: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /^\s*(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) found.add(m[1]!);
  // `virtual:` modules are made by a Vite plugin (the embed's strings), not installed.
  return [...found].filter(
    (s) => !s.startsWith('.') && !s.startsWith('/') && !s.startsWith('node:') && !s.startsWith('virtual:'),
  );
}

/** The package a specifier names: `@scope/name/sub?x` → `@scope/name`, `d3-axis/x` → `d3-axis`. */
export function packageName(spec: string): string {
  const parts = spec.split('?')[0]!.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function files(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir)) {
    if (e === 'node_modules' || e.startsWith('.') || e === '__snapshots__') continue;
    const f = join(dir, e);
    if (statSync(f).isDirectory()) files(f, out);
    else if (/\.(ts|mts|mjs|js|svelte|html)$/.test(e)) out.push(f);
  }
  return out;
}

function declared(pkgJson: string): Set<string> {
  const p = JSON.parse(readFileSync(pkgJson, 'utf8')) as Record<string, Record<string, string> | undefined>;
  const names = new Set([...Object.keys(p.dependencies ?? {}), ...Object.keys(p.devDependencies ?? {})]);
  // Type-only packages are imported by the name of the module they describe.
  for (const n of [...names]) if (n.startsWith('@types/')) names.add(n.slice('@types/'.length));
  return names;
}

function undeclared(sources: string[], names: Set<string>): string[] {
  const missing: string[] = [];
  for (const f of sources)
    for (const spec of bareImports(readFileSync(f, 'utf8'))) {
      const name = packageName(spec);
      if (!builtinModules.includes(name) && !names.has(name))
        missing.push(`${f.slice(ROOT.length + 1)}: ${spec}`);
    }
  return missing;
}

describe('bareImports', () => {
  it.each([
    ["import { a } from 'd3-axis';", ['d3-axis']],
    ["import type { X } from '@mapbox/vector-tile';", ['@mapbox/vector-tile']],
    ["import 'd3-transition';", ['d3-transition']],
    ["const m = await import('playwright-core');", ['playwright-core']],
    ["export { x } from 'pbf';", ['pbf']],
    ["import { x } from './local.ts';\nimport fs from 'node:fs';", []],
    ["const s = 'text that says import nothing from here';", []],
  ])('%s', (source, expected) => {
    expect(bareImports(source)).toEqual(expected);
  });

  it('names the package of a deep or query specifier', () => {
    expect(packageName('maplibre-gl/dist/maplibre-gl-worker.mjs?url')).toBe('maplibre-gl');
    expect(packageName('@turf/turf')).toBe('@turf/turf');
    expect(packageName('vitest/config')).toBe('vitest');
  });
});

describe('declared imports', () => {
  it('the root package.json declares every package the app, tests, scripts and benches import', () => {
    const sources = ['src', 'tests', 'scripts', 'bench'].flatMap((d) => files(join(ROOT, d)));
    for (const f of [
      'vite.config.ts',
      'geodata.plugin.ts',
      'csp.plugin.ts',
      'eslint.config.js',
      'svelte.config.js',
    ])
      try {
        statSync(join(ROOT, f));
        sources.push(join(ROOT, f));
      } catch {
        // not every config exists
      }
    expect(sources.length).toBeGreaterThan(20);
    expect(undeclared(sources, declared(join(ROOT, 'package.json')))).toEqual([]);
  });

  it('tools/package.json declares every package the data tools import', () => {
    const names = declared(join(ROOT, 'tools', 'package.json'));
    names.add('geojson'); // types only, from geojson-vt's @types/geojson
    expect(undeclared(files(join(ROOT, 'tools')), names)).toEqual([]);
  });
});
