/** Pure helpers of the embed page: the opening camera, the quote of a place, the full-app link. */
import type { ArticleModel, Lang } from '../model/types.ts';
import { frameBounds, placeBounds, type Bounds } from '../map/geometry.ts';
import { selectedPlaces, sliceText } from '../state/selectors.ts';
import { formatUrlState, type EmbedUrlState, type MapView, type Theme } from '../state/url-state.ts';
import { cameraForBounds, type StaticCamera, type StaticSize } from '../static/camera.ts';

/** Height of the map for a frame width: a landscape map on desktops, taller on phones. */
export function stageHeight(width: number): number {
  return Math.round(Math.max(220, Math.min(560, width * (width < 520 ? 0.8 : 0.6))));
}

/** Kilometres of context around a selected point place in the opening view. */
const PLACE_CONTEXT_KM = 6;

/** The camera an embed opens on: the URL's view, else the focused places, else the article's frame. */
export function openingCamera(
  model: ArticleModel,
  state: Pick<EmbedUrlState, 'view' | 'place' | 'event'>,
  size: StaticSize,
): StaticCamera {
  if (state.view) return { center: state.view.center, zoom: state.view.zoom, bearing: 0 };
  const ids = selectedPlaces(model, {
    selectedPlace: state.place ?? null,
    selectedEvent: state.event ?? null,
  });
  const frame = frameBounds(model.places);
  const boxes = ids
    .map((id) => model.placeById.get(id))
    .filter((p) => p != null && p.properties.kind !== 'country')
    .map((p) => placeBounds(p!, PLACE_CONTEXT_KM));
  const b: Bounds | null = boxes.length
    ? [
        Math.min(...boxes.map((x) => x[0])),
        Math.min(...boxes.map((x) => x[1])),
        Math.max(...boxes.map((x) => x[2])),
        Math.max(...boxes.map((x) => x[3])),
      ]
    : frame;
  if (!b) return { center: [0, 20], zoom: 1, bearing: 0 };
  const pad = Math.min(40, size.width / 10, size.height / 10);
  return cameraForBounds(b, size, pad, 15);
}

/** The verbatim passage that first mentions the place, the mention's span in it, and its translation. */
export function placeQuote(
  model: ArticleModel,
  placeId: string,
): { passageId: string; before: string; exact: string; after: string; translation: string } | null {
  const mention = model.mentionsByPlace.get(placeId)?.[0];
  if (!mention) return null;
  const passage = model.passageById.get(mention.passageId);
  if (!passage) return null;
  const [pos] = mention.selector;
  return {
    passageId: passage.id,
    before: sliceText(model, passage.start, pos.start),
    exact: sliceText(model, pos.start, pos.end),
    after: sliceText(model, pos.end, passage.end),
    translation: passage.translation.en.text,
  };
}

/** The full app's URL for the same view (relative to the embed page). */
export function fullAppHref(
  pageUrl: string,
  s: {
    article?: string;
    lang: Lang;
    theme: Theme;
    place?: string | null;
    event?: string | null;
    view?: MapView;
    time?: { start: number; end: number };
  },
): string {
  const q = formatUrlState({
    article: s.article,
    lang: s.lang,
    theme: s.theme,
    place: s.place ?? undefined,
    event: s.event ?? undefined,
    view: s.view,
    time: s.time,
  });
  return new URL(`./${q}`, pageUrl).href;
}
