import type { Element, Root } from "hast";
import { readSafeSrcset } from "../url/read-safe-srcset.js";
import { readSafeUrl, urlUseOf } from "../url/read-safe-url.js";
import { type CleanRule, type CleanState, warn } from "./rule.js";
import { readLine, readProperty, walkElements } from "./tree.js";

const URL_PROPERTIES = ["href", "src", "poster", "cite"] as const;

/**
 * Makes `href`, `src`, `srcset`, `poster` and `cite` absolute against the article URL through the URL policy
 * (src/url/): `//host` becomes https, relative paths and `#fragment` become absolute (the W3C validator's
 * ContainsRelRef counts fragments too, and sanitize dropped the ids they pointed to, so they now point at the
 * article's web page); a URL that cannot be parsed, or may not be written, is dropped with a warning.
 */
export function makeUrlsAbsolute(tree: Root, state: CleanState): number {
	let hits = 0;
	const { baseUrl } = state.context;
	walkElements(tree, (element) => {
		for (const name of URL_PROPERTIES) {
			const value = readProperty(element, name);
			if (value === undefined) continue;
			// `href="#"` is a script hook, not a destination, and an empty one (`[text]()`, a reference no page answered)
			// names none: the link becomes its text (junk unwraps it), never a link from the article to itself.
			if (value.trim() === "#" || value.trim() === "") {
				delete element.properties[name];
				hits++;
				continue;
			}
			const resolved = readSafeUrl(value, urlUseOf(element.tagName, name), baseUrl);
			if (resolved === value) continue;
			hits++;
			if (resolved === undefined) dropInvalid(element, name, value, state);
			else element.properties[name] = resolved;
		}
		const srcset = readProperty(element, "srcSet");
		if (srcset !== undefined) {
			const rewritten = readSafeSrcset(srcset, baseUrl);
			if (rewritten !== srcset) {
				hits++;
				if (rewritten === undefined) dropInvalid(element, "srcSet", srcset, state);
				else element.properties.srcSet = rewritten;
			}
		}
	});
	return hits;
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
