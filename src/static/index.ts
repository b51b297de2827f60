/**
 * The static map renderer's public API (browser and node). The node tile loader is in
 * `./node-tiles.ts` so browser bundles never import `node:fs`.
 */
export {
  renderStaticSvg,
  renderStaticMap,
  defaultFarPlaces,
  DEFAULT_FONT_FAMILY,
  type StaticMapData,
  type StaticMapOptions,
  type FurnitureContext,
} from './render.ts';
export {
  TILE_SIZE,
  cameraForBounds,
  coveringTiles,
  metresPerPixel,
  tileZoom,
  unproject,
  viewOrigin,
  viewProjection,
  worldSize,
  type Padding,
  type StaticCamera,
  type StaticSize,
  type StaticView,
  type TileId,
} from './camera.ts';
export { loadBasemap, fetchTileLoader, decodeTile, type BasemapTiles, type TileLoader } from './tiles.ts';
export { esc } from './svg.ts';
export { scaleBarSpec } from './furniture.ts';
