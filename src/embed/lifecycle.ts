/**
 * The live map's life in an embed (issue 9.2, 9.3): MapLibre (`live.ts`, a separate chunk) is
 * imported on the reader's first click or, with `interactive=1`, when the frame is near the viewport;
 * a map far from the viewport is removed (its WebGL context with it) and its camera kept, so the
 * poster and, later, a new map show exactly that view. The decision is pure (`liveAction`).
 */
import type { Lang, PlaceFeature } from '../model/types.ts';
import type { Theme } from '../state/url-state.ts';
import type { StaticCamera } from '../static/camera.ts';
import type { LiveMap } from './live.ts';

export interface LiveInputs {
  /** WebGL can be created here. */
  webgl: boolean;
  /** The URL's `interactive`: true = go live when near, false = poster only, undefined = on click. */
  interactive: boolean | undefined;
  /** The reader clicked the poster or “Explore”. */
  activated: boolean;
  /** Near the viewport (own observer, or the host script's hint). */
  near: boolean;
  live: boolean;
  loading: boolean;
}

/** Whether to start the map, stop it, or leave things as they are (pure; tested). */
export function liveAction(s: LiveInputs): 'start' | 'stop' | 'none' {
  const want = s.webgl && s.interactive !== false && (s.activated || s.interactive === true);
  if (want && s.near && !s.live && !s.loading) return 'start';
  if (s.live && !s.near) return 'stop';
  return 'none';
}

/** What the map needs at creation, read at that moment (the view may have changed since). */
export interface LiveSnapshot {
  places: readonly PlaceFeature[];
  camera: StaticCamera;
  theme: Theme;
  lang: Lang;
  selected: readonly string[];
  dimmed: ReadonlySet<string>;
}

export interface LifecycleHooks {
  snapshot(): LiveSnapshot;
  onSelect(placeId: string | null): void;
  /** The camera moved; `byReader` is false for the embed's own moves (framing, refit). */
  onMove(camera: StaticCamera, byReader: boolean): void;
  /** Loading started, the map became idle, or it was released: the page redraws its state. */
  onChange(state: 'loading' | 'live' | 'poster'): void;
  /** The map was released at `camera`: the poster must show that view. */
  onReleased(camera: StaticCamera): void;
}

export class LiveLifecycle {
  live: LiveMap | null = null;
  loading = false;
  activated = false;
  ownVisible = false;
  hostNear: boolean | undefined;
  /** Focus the map once it exists (the reader opened it with the Explore button). */
  private focusWhenLive = false;

  constructor(
    private readonly container: HTMLElement,
    private readonly baseUrl: string,
    readonly webgl: boolean,
    readonly interactive: boolean | undefined,
    private readonly hooks: LifecycleHooks,
  ) {}

  get near(): boolean {
    return this.ownVisible || this.hostNear === true;
  }

  private inputs(): LiveInputs {
    return {
      webgl: this.webgl,
      interactive: this.interactive,
      activated: this.activated,
      near: this.near,
      live: this.live != null,
      loading: this.loading,
    };
  }

  /** Re-decides after any input changed. */
  update(): void {
    const a = liveAction(this.inputs());
    if (a === 'start') void this.start();
    else if (a === 'stop') this.stop();
  }

  /**
   * The reader asked for the map; with `focus` (the Explore button, which disappears), the map
   * takes the focus when it exists rather than leaving it on the page's body.
   */
  activate(opts: { focus?: boolean } = {}): void {
    if (this.interactive === false || !this.webgl) return;
    this.activated = true;
    if (opts.focus) this.focusWhenLive = true;
    this.update();
  }

  private async start(): Promise<void> {
    this.loading = true;
    this.hooks.onChange('loading');
    try {
      const { createLiveMap } = await import('./live.ts');
      // The frame may have scrolled away while the chunk loaded.
      if (liveAction({ ...this.inputs(), loading: false }) !== 'start') return;
      const s = this.hooks.snapshot();
      this.live = createLiveMap({
        container: this.container,
        places: s.places,
        camera: s.camera,
        theme: s.theme,
        lang: s.lang,
        selected: s.selected,
        dimmed: s.dimmed,
        baseUrl: this.baseUrl,
        onSelect: (id) => this.hooks.onSelect(id),
        onMove: (c, byReader) => this.hooks.onMove(c, byReader),
        onIdle: () => {
          if (!this.live) return;
          this.hooks.onChange('live');
          // Only now is the map shown (and focusable).
          if (this.focusWhenLive) this.live.focus();
          this.focusWhenLive = false;
        },
      });
      document.body.dataset.live = '1';
    } catch (e) {
      console.error('[embed] live map', e);
    } finally {
      this.loading = false;
      if (!this.live) this.hooks.onChange('poster');
    }
  }

  /** Removes the map (its WebGL context goes with it); the poster takes over at the same camera. */
  stop(): void {
    if (!this.live) return;
    const camera = this.live.camera();
    this.live.destroy();
    this.live = null;
    this.container.replaceChildren();
    delete document.body.dataset.live;
    this.hooks.onReleased(camera);
    this.hooks.onChange('poster');
  }
}
