/** The article's title in one of its data languages: the original, or the project's English. */
import type { ArticleMeta, ContentLang } from './types.ts';

/** The original title when `content` is Arabic and there is one; otherwise the project's English. */
export function articleTitle(meta: Pick<ArticleMeta, 'title'>, content: ContentLang): string {
  const t = meta.title;
  return content === 'en' || !t.original ? t.en.text : t.original;
}
