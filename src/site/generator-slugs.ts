import slugifyFilter from "@sindresorhus/slugify";
import transliterate from "@sindresorhus/transliterate";
import slugFilter from "slugify";

// Loaded only for a Zola or Eleventy site (load-generator-slugs.ts): the transliteration tables these libraries set
// up when loaded take ~25 ms, which every other build would pay for nothing.

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

/** Eleventy's `slugify` filter: @sindresorhus/slugify with Eleventy's options. https://www.11ty.dev/docs/filters/slugify/ */
export function slugifyEleventy(text: string): string {
	return slugifyFilter(text, { customReplacements: [["'", ""]] });
}

/** Eleventy's older `slug` filter (the slugify package), kept for existing sites. https://www.11ty.dev/docs/filters/slug/ */
export function slugEleventy(text: string): string {
	return slugFilter(text, { replacement: "-", lower: true });
}
