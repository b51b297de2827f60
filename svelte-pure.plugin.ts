/**
 * Svelte's runtime reaches every component through one barrel (`svelte/internal/client`), and
 * Svelte's package declares no `sideEffects`: the bundler then keeps the barrel's import of every
 * runtime module some page or lazily loaded part uses, and places it in the chunk all pages share.
 * The reader's first view carried the form bindings of the export dialog, the atlas and the review
 * page, and `{@html}` of the far locator and the still map (0.4 KiB gzip, issue 16.3).
 *
 * This plugin declares those runtime modules free of side effects (they hold only functions and
 * constants), so each lands beside the code that uses it. `tests/plugin/svelte-pure.test.ts` fails
 * if a Svelte update gives one of them a top-level effect, or moves it.
 */
import type { Plugin } from 'vite';

/** The runtime modules declared pure, relative to `svelte/src/internal/client/`. */
export const PURE_SVELTE_MODULES = ['dom/elements/bindings/input.js', 'dom/blocks/html.js'] as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\//g, '[\\\\/]');
/** Matches the resolved id of a module of {@link PURE_SVELTE_MODULES}. */
export const PURE_SVELTE_ID = new RegExp(
  `[\\\\/]svelte[\\\\/]src[\\\\/]internal[\\\\/]client[\\\\/](?:${PURE_SVELTE_MODULES.map(escape).join('|')})$`,
);

export function sveltePurePlugin(): Plugin {
  return {
    name: 'atlas-svelte-pure',
    transform: {
      filter: { id: PURE_SVELTE_ID },
      handler: () => ({ moduleSideEffects: false }),
    },
  };
}
