/**
 * The embed's interface strings: `t` over the subset of `src/i18n.ts` the embed shows (`embed*` and
 * the URL notices' `url_*`), which `embed-data.plugin.ts` serves as a virtual module, so the embed
 * does not carry the full app's ~300 strings (issue 9.2).
 */
import table from 'virtual:atlas-embed-strings';
import { makeTranslator } from '../i18n-core.ts';
import type { StringKey } from '../i18n.ts';

export const { t } = makeTranslator<StringKey>(table);
