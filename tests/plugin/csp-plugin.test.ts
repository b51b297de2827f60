import { describe, expect, it } from 'vitest';
import {
  CSP_DIRECTIVES,
  cspHeader,
  cspMeta,
  cspMetaElement,
  cspPlugin,
  injectCsp,
} from '../../csp.plugin.ts';

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
