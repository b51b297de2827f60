/**
 * axe-core in a page or frame of the built app: injected through the DevTools protocol (Playwright's
 * `evaluate`), which the page's strict CSP does not govern, so the policy stays as shipped.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Serious and critical violations in `include` (a selector; the whole document by default). */
export async function seriousViolations(target: Page | Frame, include?: string): Promise<AxeViolation[]> {
  await target.evaluate(source);
  return target.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<any> } }).axe;
    const r = await axe.run(sel ? { include: [sel] } : document, { resultTypes: ['violations'] });
    return (r.violations as any[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n: any) => n.target.join(' ')),
      }));
  }, include ?? null);
}
