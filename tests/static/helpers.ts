import { DOMParser } from '@xmldom/xmldom';
import { readArticleFromDisk } from '../../src/model/read-node.ts';
import { buildModel } from '../../src/model/build.ts';
import type { ArticleModel } from '../../src/model/types.ts';

export const ARTICLE_DIR = 'geodata/hasakah-prison-us-statement-2022';
export const TILES_DIR = 'geodata/basemap/tiles';

let model: ArticleModel | undefined;
/** The shipped article's model (built once). */
export function shippedModel(): ArticleModel {
  if (!model) {
    const { bundle } = readArticleFromDisk(ARTICLE_DIR);
    model = buildModel(bundle!);
  }
  return model;
}

/** Parses XML strictly: any warning or error is collected, so a malformed SVG fails the test. */
export function parseXml(text: string): { doc: Document; errors: string[] } {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: (m: string) => errors.push(`warning: ${m}`),
      error: (m: string) => errors.push(`error: ${m}`),
      fatalError: (m: string) => errors.push(`fatal: ${m}`),
    },
  }).parseFromString(text, 'image/svg+xml') as unknown as Document;
  return { doc, errors };
}

/** Elements by tag name as an array (xmldom's NodeList is not iterable). */
export function all(root: Document | Element, tag: string): Element[] {
  const list = root.getElementsByTagName(tag);
  const out: Element[] = [];
  for (let i = 0; i < list.length; i++) out.push(list.item(i)!);
  return out;
}

/** A `<text>`'s words: its lines (`<tspan>`s) joined by spaces. */
export function textOf(el: Element): string {
  const spans = all(el, 'tspan');
  return spans.length ? spans.map((s) => s.textContent).join(' ') : (el.textContent ?? '');
}
