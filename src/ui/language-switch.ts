/**
 * The one way a page switches its interface language (the app's top bar and the atlas): the next
 * language's strings load first, since the build ships one language at a time, and only then does
 * the page's language change. A second press while the strings load turns back: two quick presses
 * go there and back, and the switch whose strings arrive late changes nothing.
 */
import { loadStrings } from '../i18n.ts';
import { nextLanguage } from '../languages.ts';
import type { Lang } from '../model/types.ts';

/** A press handler over one page's language, read by `current` and written by `set`. */
export function languageSwitch(current: () => Lang, set: (lang: Lang) => void): () => Promise<void> {
  /** The language a switch still loading is going to. */
  let switchingTo: Lang | null = null;
  return async () => {
    const to = nextLanguage(switchingTo ?? current()).code;
    switchingTo = to;
    await loadStrings(to);
    if (switchingTo !== to) return;
    switchingTo = null;
    set(to);
  };
}
