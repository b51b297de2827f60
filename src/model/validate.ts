/**
 * The boundary between `geodata/` and the app: unknown JSON in, a list of issues out. Never throws;
 * an issue names its path into the bundle and the bad value (`places.features[2].geometry.coordinates:
 * longitude 400 out of range [-180, 180]`). Only a bundle with no `error` issues may go to `build.ts`.
 *
 * The checks live by concern in `validate/`: `checker.ts` (typed reads, unknown keys, ids),
 * `common.ts` (project text, sources, dates, proposals), `text.ts` (ranges, passages, mentions,
 * selectors), `geometry.ts`, `places.ts`, `events.ts`, `meta.ts`, `spatial.ts` (far and swapped
 * points), `safety.ts` (markup in text, nesting depth); translation mentions are checked by
 * `validate-translation.ts`.
 */
import { CodePoints } from './code-points.ts';
import type { RawArticleBundle, ValidationIssue } from './types.ts';
import { validateTranslationMentions } from './validate-translation.ts';
import { Checker, isObj, show } from './validate/checker.ts';
import { checkEvents, eventIdsOf } from './validate/events.ts';
import { checkMeta } from './validate/meta.ts';
import { checkPlaceholders } from './validate/placeholders.ts';
import { checkPlaces } from './validate/places.ts';
import { badCharMessage, checkTextSafety, findBadChar } from './validate/safety.ts';
import type { LandIndex } from './validate/land.ts';
import { type BasemapRegion, checkSpatial, SHIPPED_BASEMAP } from './validate/spatial.ts';
import { checkMentions, checkPassages } from './validate/text.ts';

export { show } from './validate/checker.ts';

/** Options for {@link validateBundle}. */
export interface ValidateOptions {
  /**
   * sha256 (hex) of `raw.text`'s UTF-8 bytes, computed by the caller. Hashing is async in the
   * browser (`crypto.subtle`), so the sync validator takes it as an argument; when it is omitted
   * the `meta.textSha256` check is skipped. {@link validateBundleAsync} always computes it.
   */
  textSha256?: string;
  /** The folder name the bundle was read from; `meta.id` must equal it. */
  expectedId?: string;
  /** The basemap's regions for the far and swapped point warnings; defaults to the shipped basemap. */
  basemap?: BasemapRegion;
  /**
   * The basemap's land, for the "point in the sea" warning (`shippedLand()` of `land-node.ts`, node
   * only); without it that check is skipped (the browser never loads the polygons).
   */
  land?: LandIndex;
}

/**
 * Every issue in an article bundle read as unknown JSON: shapes and types per `types.ts`, unknown
 * keys (warnings), id syntax, unique ids, resolved references, ranges and quotes against the text (in
 * code points), GeoJSON geometry, dates, markup in text, proposals (warnings), implausible points
 * (warnings). Never throws. Warnings do not stop the build; errors do.
 */
export function validateBundle(raw: RawArticleBundle, options: ValidateOptions = {}): ValidationIssue[] {
  const c = new Checker();
  try {
    const bundle = c.object(raw, 'bundle');
    if (!bundle) return c.issues;
    let codePoints = new CodePoints('');
    if (typeof bundle.text !== 'string') c.add('text', `expected a string, got ${show(bundle.text)}`);
    else {
      codePoints = new CodePoints(bundle.text);
      if (codePoints.length === 0) c.add('text', 'the text is empty');
      const bad = findBadChar(bundle.text);
      if (bad) c.add('text', badCharMessage(bundle.text, bad));
    }
    const length = codePoints.length;
    const eventIds = eventIdsOf(bundle.events);
    const excluded = checkMeta(c, bundle.meta, eventIds, options, length);
    const language = (bundle.meta as { language?: unknown } | null | undefined)?.language;
    const passages = checkPassages(c, bundle.passages, length, excluded, language);
    const places = checkPlaces(c, bundle.places, language);
    checkPlaceholders(c, bundle.meta, bundle.events);
    const mentions = checkMentions(c, bundle.mentions, codePoints, places.ids, passages.ranges, passages.ids);
    checkTranslationMentions({
      c,
      passages: bundle.passages,
      placeIds: places.ids,
      mentionIds: mentions.ids,
    });
    checkEvents(c, bundle.events, places.ids, passages.ids);
    for (const [id, path] of places.ids) {
      if (!mentions.rolesByPlace.has(id)) c.warn(path, `place ${show(id)} is not referred to by any mention`);
    }
    checkSpatial(c, places.located, mentions.rolesByPlace, options.basemap ?? SHIPPED_BASEMAP, options.land);
    checkTextSafety(c, [
      ['meta', bundle.meta],
      ['passages', bundle.passages],
      ['mentions', bundle.mentions],
      ['places', bundle.places],
      ['events', bundle.events],
    ]);
  } catch (e) {
    c.add('bundle', `validator failed unexpectedly: ${e instanceof Error ? e.message : show(e)}`);
  }
  return c.issues;
}

/** What the translation-mention check needs from the rest of the bundle. */
interface TranslationContext {
  c: Checker;
  passages: unknown;
  placeIds: ReadonlyMap<string, string>;
  mentionIds: ReadonlyMap<string, string>;
}

/** `passages[i].translation.en.mentions` and `.notes` (contract 2), checked by `validate-translation.ts`. */
function checkTranslationMentions({ c, ...input }: TranslationContext): void {
  c.issues.push(...validateTranslationMentions(input));
}

/** sha256 of the UTF-8 bytes of `text`, lowercase hex (Web Crypto: browsers and Node ≥ 20). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** {@link validateBundle} with the text's sha256 computed, so `meta.textSha256` is always checked. Never rejects. */
export async function validateBundleAsync(
  raw: RawArticleBundle,
  options: Omit<ValidateOptions, 'textSha256'> = {},
): Promise<ValidationIssue[]> {
  if (!isObj(raw) || typeof raw.text !== 'string') return validateBundle(raw, options);
  if (!globalThis.crypto?.subtle) {
    // Web Crypto exists only in secure contexts (https, localhost): elsewhere the hash is not checked.
    return [
      ...validateBundle(raw, options),
      {
        path: 'meta.textSha256',
        message: 'not checked: Web Crypto is unavailable (page not served over https)',
        severity: 'warning',
      },
    ];
  }
  try {
    return validateBundle(raw, { ...options, textSha256: await sha256Hex(raw.text) });
  } catch (e) {
    const reason = e instanceof Error ? e.message : show(e);
    return [
      ...validateBundle(raw, options),
      { path: 'text', message: `could not compute sha256: ${reason}`, severity: 'error' },
    ];
  }
}

/** True when at least one issue is an error. */
export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
