/** Loaded before the app by `pseudo-locale.test.ts`'s dev server: registers the pseudo-locale. */
import { registerPseudo } from '../i18n/pseudo.ts';

registerPseudo();
