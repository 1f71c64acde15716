// Bilingual values of the API in the page's language.
import type { Lang } from '../i18n';

/** A text in Japanese and, maybe, English: English on an English page when there is one. */
export type Bilingual = { ja: string; en?: string | null };

/** The text of a bilingual value in lang, falling back to Japanese. */
export function inLang(lang: Lang, text: Bilingual): string {
  return (lang === 'en' && text.en) || text.ja;
}

/** A whole number as the page's language writes it: 1,000. */
export function count(lang: Lang, n: number): string {
  return n.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB');
}
