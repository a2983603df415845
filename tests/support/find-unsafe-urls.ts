import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { parseXml, type XmlElement } from "./parse-xml.js";

/** The three documents of a build. */
export interface FeedTexts {
	readonly rss: string;
	readonly atom: string;
	readonly json: string;
}

// Every HTML attribute a browser or reader may load or follow (hast property names, lower-cased).
const HTML_URL_ATTRIBUTES = new Set([
	"href",
	"src",
	"srcset",
	"cite",
	"poster",
	"action",
	"formaction",
	"background",
	"data",
	"longdesc",
	"lowsrc",
	"dynsrc",
	"usemap",
	"manifest",
	"ping",
	"codebase",
	"archive",
	"icon",
	"profile",
	"xlinkhref",
]);
// XML attributes and elements of the feeds that hold URLs.
const XML_URL_ATTRIBUTES = new Set(["href", "src", "url", "uri"]);
const XML_URL_ELEMENTS = new Set(["link", "comments", "docs", "icon", "logo", "uri", "creativeCommons:license"]);
// Elements whose text is HTML: RSS content:encoded and description; Atom content and summary when type="html".
const XML_HTML_ELEMENTS = new Set(["content:encoded", "description", "content", "summary"]);
const JSON_URL_KEYS = new Set([
	"url",
	"external_url",
	"image",
	"banner_image",
	"home_page_url",
	"feed_url",
	"icon",
	"favicon",
	"avatar",
	"license",
	"next_url",
]);
const JSON_HTML_KEYS = new Set(["content_html"]);

// What lenient readers and sanitizers (DOMPurify's ATTR_WHITESPACE) skip before looking at a scheme: C0 controls,
// space and every Unicode space, plus the invisible format characters (BOM, zero-width marks).
const LENIENT_IGNORED_RE =
	// biome-ignore lint/suspicious/noControlCharactersInRegex: C0 and C1 controls are among the skipped characters.
	/[\u0000-\u0020\u007F-\u00A0\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]/g;
const SAFE_DATA_RE = /^data:image\/(?:png|gif|jpeg|webp)[;,]/i;
const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * Why a URL as written in a feed is unsafe, or undefined when it is safe: parsed as a browser parses it (WHATWG URL,
 * relative to an http base) its scheme must be http, https, mailto or a raster data:image; read as a lenient reader
 * reads it (every kind of space and invisible character skipped), it must not start with a script or data scheme.
 */
export function describeUnsafeUrl(value: string): string | undefined {
	const lenient = value.replace(LENIENT_IGNORED_RE, "");
	if (/^[a-z]*script:/i.test(lenient) || (/^data:/i.test(lenient) && !SAFE_DATA_RE.test(lenient))) {
		return `"${value}" starts with a script or data scheme once spaces are skipped`;
	}
	let url: URL;
	try {
		url = new URL(value, "https://base.example/");
	} catch {
		// An unparseable URL is never followed.
		return undefined;
	}
	if (url.protocol === "data:") return SAFE_DATA_RE.test(url.href) ? undefined : `"${value}" is a non-image data URL`;
	return ALLOWED_PROTOCOLS.has(url.protocol) ? undefined : `"${value}" has the scheme ${url.protocol}`;
}

/** Every unsafe URL in the three documents: XML attributes and link elements, JSON URL fields, and all item HTML. */
export function findUnsafeUrls(feeds: FeedTexts): string[] {
	const problems: string[] = [];
	const check = (where: string, value: string) => {
		const problem = describeUnsafeUrl(value);
		if (problem !== undefined) problems.push(`${where}: ${problem}`);
	};
	for (const [name, xml] of [
		["rss", feeds.rss],
		["atom", feeds.atom],
	] as const) {
		const visitXml = (element: XmlElement): void => {
			for (const [attribute, value] of Object.entries(element.attributes)) {
				if (XML_URL_ATTRIBUTES.has(attribute)) check(`${name} <${element.name} ${attribute}>`, value);
			}
			if (XML_URL_ELEMENTS.has(element.name) && element.children.length === 0 && element.text.trim() !== "") {
				check(`${name} <${element.name}>`, element.text.trim());
			}
			const isText = element.attributes.type !== undefined && element.attributes.type !== "html";
			if (XML_HTML_ELEMENTS.has(element.name) && !isText) {
				for (const problem of findUnsafeHtmlUrls(element.text)) problems.push(`${name} <${element.name}> ${problem}`);
			}
			for (const child of element.children) visitXml(child);
		};
		visitXml(parseXml(xml));
	}
	const visitJson = (value: unknown, key: string): void => {
		if (typeof value === "string") {
			if (JSON_URL_KEYS.has(key)) check(`json ${key}`, value);
			if (JSON_HTML_KEYS.has(key))
				for (const problem of findUnsafeHtmlUrls(value)) problems.push(`json ${key} ${problem}`);
		} else if (Array.isArray(value)) {
			for (const item of value) visitJson(item, key);
		} else if (typeof value === "object" && value !== null) {
			for (const [name, child] of Object.entries(value)) visitJson(child, name);
		}
	};
	visitJson(JSON.parse(feeds.json), "");
	return problems;
}

/** Unsafe URLs in the attributes of an HTML fragment, parsed the way a browser parses it. */
export function findUnsafeHtmlUrls(html: string): string[] {
	const problems: string[] = [];
	visit(fromHtml(html, { fragment: true }), "element", (element: Element) => {
		for (const [property, value] of Object.entries(element.properties)) {
			const name = property.toLowerCase();
			if (!HTML_URL_ATTRIBUTES.has(name) || value === null || value === undefined) continue;
			const text = Array.isArray(value) ? value.join(name === "srcset" ? "," : " ") : String(value);
			const urls = name === "srcset" ? text.split(",").map((part) => part.trim().split(/\s+/)[0] ?? "") : [text];
			for (const url of urls) {
				const problem = describeUnsafeUrl(url);
				if (problem !== undefined) problems.push(`<${element.tagName} ${name}>: ${problem}`);
			}
		}
	});
	return problems;
}
