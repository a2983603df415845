/**
 * Lower-case ASCII letters and digits joined by single hyphens, accents dropped (`Café` → `cafe`): the shape of Zola's
 * and Eleventy's slugs. Their transliteration tables also spell other scripts in Latin letters; here those keep their
 * letters, lower-cased, so a slug is never empty when the text has letters.
 */
export function slugifyAscii(text: string): string {
	return text
		.normalize("NFKD")
		.replace(/\p{M}+/gu, "")
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, "-")
		.replace(/^-+|-+$/g, "");
}
