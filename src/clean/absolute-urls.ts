import type { Element, Root } from "hast";
import { type CleanRule, type CleanState, warn } from "./rule.js";
import { readSrcsetUrls } from "./sanitize.js";
import { readLine, readProperty, walkElements } from "./tree.js";

const URL_PROPERTIES = ["href", "src", "poster", "cite"] as const;
const ABSOLUTE_RE = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/**
 * Resolves a URL against the article URL: `//host` becomes https, relative paths and `#fragment`
 * become absolute (the validator's ContainsRelRef counts fragments too, and sanitize dropped the ids
 * they pointed to, so they now point at the article's web page); undefined when it cannot be parsed.
 */
export function resolveUrl(value: string, baseUrl: string): string | undefined {
	const url = value.trim();
	// Protocol-relative embeds and images are all served over https today.
	if (url.startsWith("//")) return URL.canParse(`https:${url}`) ? `https:${url}` : undefined;
	if (ABSOLUTE_RE.test(url)) return URL.canParse(url) ? url : undefined;
	if (!URL.canParse(url, baseUrl)) return undefined;
	return new URL(url, baseUrl).href;
}

/** Makes `href`, `src`, `srcset`, `poster` and `cite` absolute (the W3C validator's ContainsRelRef). */
export function makeUrlsAbsolute(tree: Root, state: CleanState): number {
	let hits = 0;
	const { baseUrl } = state.context;
	walkElements(tree, (element) => {
		for (const name of URL_PROPERTIES) {
			const value = readProperty(element, name);
			if (value === undefined) continue;
			// `href="#"` is a script hook, not a destination: the link becomes its text (junk unwraps it).
			if (value.trim() === "#") {
				delete element.properties[name];
				hits++;
				continue;
			}
			const resolved = resolveUrl(value, baseUrl);
			if (resolved === value) continue;
			hits++;
			if (resolved === undefined) dropInvalid(element, name, value, state);
			else element.properties[name] = resolved;
		}
		const srcset = readProperty(element, "srcSet");
		if (srcset !== undefined) {
			const rewritten = resolveSrcset(srcset, baseUrl);
			if (rewritten !== srcset) {
				hits++;
				if (rewritten === undefined) dropInvalid(element, "srcSet", srcset, state);
				else element.properties.srcSet = rewritten;
			}
		}
	});
	return hits;
}

function resolveSrcset(srcset: string, baseUrl: string): string | undefined {
	const candidates: string[] = [];
	for (const url of readSrcsetUrls(srcset)) {
		const resolved = resolveUrl(url, baseUrl);
		if (resolved === undefined) return undefined;
		const start = srcset.indexOf(url);
		const rest =
			srcset
				.slice(start + url.length)
				.split(",")[0]
				?.trim() ?? "";
		candidates.push(rest === "" ? resolved : `${resolved} ${rest}`);
	}
	const joined = candidates.join(", ");
	// Leave an untouched value byte-identical (idempotence, smaller diffs in --explain).
	return readSrcsetUrls(srcset).every((url) => resolveUrl(url, baseUrl) === url) ? srcset : joined;
}

function dropInvalid(element: Element, name: string, value: string, state: CleanState): void {
	delete element.properties[name];
	const attribute = name === "srcSet" ? "srcset" : name;
	warn(
		state,
		"clean/invalid-url",
		`removed ${attribute}="${value}" on <${element.tagName}>: not a valid URL`,
		readLine(element),
	);
}

/** Rule `absolute-urls`. */
export const absoluteUrls: CleanRule = {
	id: "absolute-urls",
	description:
		"Makes relative and #fragment href/src/srcset/poster/cite absolute against the article URL (//host → https:); drops unparseable URLs with a warning.",
	defaultEnabled: true,
	run: makeUrlsAbsolute,
};
