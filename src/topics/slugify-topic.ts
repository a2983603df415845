import { createHash } from "node:crypto";
import transliterate from "@sindresorhus/transliterate";

/** Longest slug kept from a name, before any hash suffix. */
const MAX_SLUG_LENGTH = 60;

const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/gu;
const ASCII_ALNUM_RE = /[a-z0-9]/g;

/**
 * A topic's folder name under `categories/` or `authors/`: lower-case ASCII letters, digits and single hyphens.
 * Latin letters lose their accents (`Žalgiris` → `zalgiris`, `Straße` → `strasse`); Cyrillic, Greek, Arabic, Hebrew and
 * other scripts the transliteration table knows are romanised (`Москва` → `moskva`). When a letter or digit cannot be
 * written in ASCII (Chinese, Japanese, emoji), the slug ends with 8 hex digits of the name's SHA-256 (`中文` →
 * `f4d2…`), so such names never share a folder. See `assignTopicSlugs` for names that still collide.
 */
export function slugifyTopic(name: string): string {
	const key = topicKey(name);
	const ascii = transliterate(key).toLowerCase();
	const slug = truncateAtHyphen(ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, ""));
	const isLossy = (key.match(LETTER_OR_DIGIT_RE)?.length ?? 0) > (ascii.match(ASCII_ALNUM_RE)?.length ?? 0);
	if (slug === "") return hashOf(key);
	return isLossy ? `${slug}-${hashOf(key)}` : slug;
}

/** Two spellings of one topic (`Sports`, `sports`, `SPORTS`) are the same topic: they share this key. */
export function topicKey(name: string): string {
	return name.normalize("NFC").toLowerCase().trim();
}

/**
 * Slugs for a set of topic names, collision-free: names whose slugs coincide (`C` and `C++`, `Science & Maths` and
 * `Science Maths`) keep the plain slug only for the name that spells it exactly (`c`); the others get the hash suffix.
 * A name's slug depends only on itself and on whether such a look-alike exists, never on order or item counts.
 * The map is keyed by `topicKey(name)`.
 */
export function assignTopicSlugs(names: readonly string[]): ReadonlyMap<string, string> {
	const bySlug = new Map<string, string[]>();
	for (const key of new Set(names.map(topicKey))) {
		const slug = slugifyTopic(key);
		bySlug.set(slug, [...(bySlug.get(slug) ?? []), key]);
	}
	const slugs = new Map<string, string>();
	const taken = new Set<string>();
	for (const [slug, keys] of bySlug) {
		const exact = keys.filter((key) => key.replace(/\s+/g, "-") === slug);
		for (const key of keys) {
			let unique = keys.length === 1 || (exact.length === 1 && exact[0] === key) ? slug : `${slug}-${hashOf(key)}`;
			// A suffixed slug could, in theory, equal another name's plain one ("news-1a2b3c4d"): longer hash then.
			if (taken.has(unique)) unique = `${slug}-${createHash("sha256").update(key, "utf8").digest("hex")}`;
			taken.add(unique);
			slugs.set(key, unique);
		}
	}
	return slugs;
}

function hashOf(key: string): string {
	return createHash("sha256").update(key, "utf8").digest("hex").slice(0, 8);
}

function truncateAtHyphen(slug: string): string {
	if (slug.length <= MAX_SLUG_LENGTH) return slug;
	const cut = slug.slice(0, MAX_SLUG_LENGTH);
	const hyphen = cut.lastIndexOf("-");
	return hyphen > MAX_SLUG_LENGTH / 2 ? cut.slice(0, hyphen) : cut;
}
