import { decodeHTML } from "entities";
import { resolveHttpUrl } from "./derive-identity.js";

const GOOGLE_NEWS_RE = /^https?:\/\/news\.google\.com\/news\/url/;

/**
 * The URL of a `source` (or `original_link`, `canonical_url`) value, or undefined when it is not an absolute http(s)
 * one. Exporters write `&#038;` for `&` in URLs, and Google News wraps the real URL in its own redirect.
 */
export function readSourceUrl(value: string): string | undefined {
	const decoded = decodeHTML(value.trim());
	const url = resolveHttpUrl(decoded, "invalid:");
	if (url === undefined) return undefined;
	if (GOOGLE_NEWS_RE.test(url)) {
		const target = new URL(url).searchParams.get("url");
		const unwrapped = target === null ? undefined : resolveHttpUrl(target, "invalid:");
		if (unwrapped !== undefined) return unwrapped;
	}
	return url;
}
