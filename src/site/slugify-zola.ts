import transliterate from "@sindresorhus/transliterate";

/**
 * A slug as Zola makes one (`slugify.paths = "on"`, the `slug` crate over deunicode): accents dropped (`Grüße` →
 * `grusse`), other scripts spelled in Latin letters (`Привет` → `privet`), lower case, one hyphen per run of anything
 * else. A script the transliteration table does not cover keeps its letters, so a slug is never empty when the text
 * has letters. https://docs.rs/slug
 */
export function slugifyZola(text: string): string {
	// Marks go first, so that `ü` is `u` as deunicode spells it, not the German `ue` of transliterate's table.
	const latin = transliterate(text.normalize("NFKD").replace(/\p{M}+/gu, ""));
	return latin
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, "-")
		.replace(/^-+|-+$/g, "");
}
