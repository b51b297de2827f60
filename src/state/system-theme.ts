/**
 * The reader's system colour scheme (`prefers-color-scheme`): the theme of a page whose URL names
 * none (the reader app, the atlas) and of an embed set to `theme=auto`. Light where the browser
 * cannot tell (no `matchMedia`: node, very old browsers). Read once per page load: a page whose theme
 * the reader chose, or the URL named, keeps it.
 */
import type { Theme } from '../model/prefs.ts';

export const DARK_QUERY = '(prefers-color-scheme: dark)';

export function systemTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}
