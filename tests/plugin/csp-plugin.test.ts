import { describe, expect, it } from 'vitest';
import {
  CSP_DIRECTIVES,
  cspHeader,
  cspMeta,
  cspMetaElement,
  cspPlugin,
  injectCsp,
} from '../../csp.plugin.ts';
import { parseStyleOrigins } from '../../src/carto/style-origins.ts';

describe('csp.plugin', () => {
  it('serializes every directive once, in order, the same for meta and header', () => {
    const names = CSP_DIRECTIVES.map(([d]) => d);
    expect(new Set(names).size).toBe(names.length);
    expect(
      cspMeta()
        .split('; ')
        .map((d) => d.split(' ')[0]),
    ).toEqual(names);
    expect(cspHeader().startsWith(cspMeta())).toBe(true);
    expect(cspMeta()).not.toContain('"');
  });

  it('leaves out what a meta policy cannot carry', () => {
    expect(cspMeta()).not.toMatch(/frame-ancestors|report-uri|sandbox/);
  });

  it.each([
    [
      'after <meta charset>',
      '<html><head>\n<meta charset="UTF-8" />\n<script type="module" src="/a.js"></script></head></html>',
    ],
    [
      'first in <head> without a charset element',
      '<html><head lang="ar"><link rel="stylesheet" href="/a.css"></head></html>',
    ],
  ])('puts the meta element %s, before any script or stylesheet', (_, html) => {
    const out = injectCsp(html);
    const at = out.indexOf(cspMetaElement());
    expect(at).toBeGreaterThan(out.indexOf('<head'));
    expect(at).toBeLessThan(out.search(/<(script|link)\b/));
    expect(out.split(cspMetaElement()).length).toBe(2);
  });

  it('applies to builds only, to every HTML entry', () => {
    const plugin = cspPlugin();
    expect(plugin.apply).toBe('build');
    const hook = plugin.transformIndexHtml as { order: string; handler: (html: string) => string };
    expect(hook.order).toBe('post');
    expect(hook.handler('<head><meta charset="utf-8"></head>')).toContain('Content-Security-Policy');
  });
});

describe('ATLAS_STYLE_ORIGINS (issue 19.9)', () => {
  it('adds the allowed style origins to connect-src, img-src and font-src only', () => {
    const meta = cspMeta(['https://tiles.example.org']);
    const d = Object.fromEntries(meta.split('; ').map((x) => [x.split(' ')[0], x]));
    for (const name of ['connect-src', 'img-src', 'font-src'])
      expect(d[name]).toContain('https://tiles.example.org');
    for (const name of ['default-src', 'script-src', 'style-src', 'worker-src', 'child-src'])
      expect(d[name]).not.toContain('tiles.example.org');
    expect(cspHeader(['https://tiles.example.org'])).toContain(
      "connect-src 'self' https://tiles.example.org",
    );
  });
  it('by default the policy names no other origin', () => {
    expect(cspMeta()).not.toMatch(/https?:\/\//);
    expect(injectCsp('<head><meta charset="utf-8"></head>')).not.toMatch(/https?:\/\//);
  });
});

describe('parseStyleOrigins', () => {
  it.each([
    [undefined, []],
    ['', []],
    ['https://tiles.example.org', ['https://tiles.example.org']],
    [
      'https://a.example, https://b.example:8443/  https://a.example',
      ['https://a.example', 'https://b.example:8443'],
    ],
    ['http://127.0.0.1:9999 http://localhost:8080', ['http://127.0.0.1:9999', 'http://localhost:8080']],
  ])('%j → %j', (raw, want) => expect(parseStyleOrigins(raw)).toEqual(want));
  it.each([
    ['http://tiles.example.org', /must be https/],
    ['https://tiles.example.org/styles/x.json', /not an origin/],
    ['https://u:p@tiles.example.org', /not an origin/],
    ['tiles.example.org', /not a URL/],
    ["https://x.example;script-src 'unsafe-inline'", /not a URL|not an origin/],
    ['javascript:alert(1)', /not an origin|must be https/],
  ])('refuses %s', (raw, message) => expect(() => parseStyleOrigins(raw)).toThrow(message));
});
