import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";

/** One thing wrong with an item's HTML, before it is tied to a feed and an item. */
export interface ContentProblem {
	readonly rule: "content/relative-url" | "content/unsafe";
	readonly message: string;
}

// Lower-cased hast property names (`srcSet` → `srcset`, SVG `xlink:href` → `xLinkHref` → `xlinkhref`).
const URL_ATTRIBUTES = new Set(["href", "src", "srcset", "poster", "xlinkhref"]);
// FEEDS.md: script, iframe, object (and embed, which the validator reports as ContainsEmbed) draw SecurityRisk.
const UNSAFE_ELEMENTS = new Set(["script", "iframe", "object", "embed"]);
// The validator's test for an absolute reference (absUrlMixin: `\w+:`); a scheme is what makes a URL absolute.
const ABSOLUTE_URL_RE = /^[A-Za-z][A-Za-z0-9+.-]*:/;
// Browsers ignore tabs, newlines and leading control characters and spaces inside a scheme ("java\tscript:").
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters browsers skip.
const IGNORED_IN_SCHEME_RE = /[\u0000-\u0020]/g;

/** Finds relative URLs (W3C ContainsRelRef) and script vectors (SecurityRisk) in an HTML fragment. */
export function checkHtmlContent(html: string): ContentProblem[] {
	const tree: Root = fromHtml(html, { fragment: true });
	const problems: ContentProblem[] = [];
	visit(tree, "element", (element: Element) => {
		const tag = element.tagName.toLowerCase();
		if (UNSAFE_ELEMENTS.has(tag)) problems.push({ rule: "content/unsafe", message: `<${tag}> element` });
		for (const [property, value] of Object.entries(element.properties)) {
			const name = property.toLowerCase();
			const text = Array.isArray(value) ? value.join(" ") : String(value);
			if (name.startsWith("on")) {
				problems.push({
					rule: "content/unsafe",
					message: `event handler ${name}= on <${tag}>`,
				});
				continue;
			}
			if (!URL_ATTRIBUTES.has(name)) continue;
			for (const url of name === "srcset" ? readSrcsetUrls(text) : [text.trim()]) {
				if (url.replace(IGNORED_IN_SCHEME_RE, "").toLowerCase().startsWith("javascript:")) {
					problems.push({
						rule: "content/unsafe",
						message: `javascript: URL in <${tag} ${name}>`,
					});
				} else if (!ABSOLUTE_URL_RE.test(url)) {
					problems.push({
						rule: "content/relative-url",
						message: `relative URL "${url}" in <${tag} ${name}>`,
					});
				}
			}
		}
	});
	return problems;
}

/** The URLs of a `srcset` value, without their width or density descriptors. */
function readSrcsetUrls(srcset: string): string[] {
	return srcset
		.split(",")
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
		.filter((url) => url !== "");
}
