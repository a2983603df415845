import { XMLValidator } from "fast-xml-parser";
import { checkHtmlContent } from "./check-html-content.js";
import { childrenNamed, childText, parseXml, type XmlElement } from "./parse-xml.js";

/** One rule of the shared FEEDS.md notes (what the W3C Feed Validation Service flags) that a feed breaks. */
export interface FeedViolation {
	readonly format: "rss" | "atom" | "json";
	/** `area/what-is-wrong`, e.g. `rss/guid-permalink`. */
	readonly rule: string;
	/** Where (channel, item 3 "tag:…") and what, on one line. */
	readonly message: string;
}

/** The three documents of a build; any may be left out. */
export interface FeedDocuments {
	readonly rss?: string;
	readonly atom?: string;
	readonly json?: string;
}

/** Checks whichever of the RSS, Atom and JSON Feed documents are given; an empty list means no violation found. */
export function checkFeed(feeds: FeedDocuments): FeedViolation[] {
	return [
		...(feeds.rss === undefined ? [] : checkRss(feeds.rss)),
		...(feeds.atom === undefined ? [] : checkAtom(feeds.atom)),
		...(feeds.json === undefined ? [] : checkJsonFeed(feeds.json)),
	];
}

/** Formats violations one per line, for assertion messages. */
export function formatViolations(violations: readonly FeedViolation[]): string {
	return violations.map((v) => `${v.format}  ${v.rule}  ${v.message}`).join("\n");
}

const ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";

// XML 1.0 §2.2 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. The `u` flag makes a lone
// surrogate one code point outside every range, so it is caught too.
const FORBIDDEN_CHAR_RE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
// RFC 822 §5 as the validator reads it (rfc822_re in rubys/feedvalidator validators.py), with the Y2K extension.
const RFC822_RE =
	/^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), +)?(\d\d?) +(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +(\d\d(?:\d\d)?) +(\d\d):(\d\d)(?::(\d\d))? +(?:[+-]\d{4}|UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[A-IK-Z])$/;
// RFC 3339 §5.6 date-time: a time zone is required.
const RFC3339_RE = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i;
const ABSOLUTE_URL_RE = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;
const HTTP_URL_RE = /^https?:\/\/[^/\s]+\S*$/i;
// The address part of RSS <author> ("jane@example.org (Jane)" or "Jane <jane@example.org>"), after validators.py `email`.
const EMAIL_RE = /^[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$/;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

type Report = (rule: string, message: string) => void;

/** Checks an RSS 2.0 document against the XML and RSS rules of FEEDS.md. */
export function checkRss(xml: string): FeedViolation[] {
	const violations: FeedViolation[] = [];
	const report: Report = (rule, message) => violations.push({ format: "rss", rule, message });
	const root = checkXml(xml, report);
	if (root === undefined) return violations;
	if (root.name !== "rss" || root.attributes.version !== "2.0") {
		report("rss/root", `root is <${root.name}> version "${root.attributes.version ?? ""}", not <rss version="2.0">`);
	}
	const channels = childrenNamed(root, "channel");
	const channel = channels[0];
	if (channel === undefined || channels.length > 1) {
		report("rss/channel", `expected exactly one <channel>, found ${channels.length}`);
		if (channel === undefined) return violations;
	}

	// rssboard.org/rss-specification "Required channel elements".
	if (!childText(channel, "title")) report("rss/channel-title", "channel has no <title>");
	const link = childText(channel, "link");
	if (!link) report("rss/channel-link", "channel has no <link>");
	else if (!HTTP_URL_RE.test(link)) report("rss/channel-link", `channel <link> "${link}" is not a full http(s) URL`);
	if (!childText(channel, "description")) report("rss/channel-description", "channel has no non-empty <description>");
	for (const name of ["pubDate", "lastBuildDate"]) checkRfc822(channel, name, "channel", report);
	const selfLinks = childrenNamed(channel, "atom:link").filter((l) => l.attributes.rel === "self");
	if (selfLinks.length === 0) report("rss/self-link", 'channel has no <atom:link rel="self">');
	for (const self of selfLinks) {
		if (!HTTP_URL_RE.test(self.attributes.href ?? "")) {
			report("rss/self-link", `<atom:link rel="self"> href "${self.attributes.href ?? ""}" is not a full URL`);
		}
	}
	// The validator's DuplicateSemantics: <copyright> already says it on the channel.
	if (childrenNamed(channel, "copyright").length > 0 && childrenNamed(channel, "dc:rights").length > 0) {
		report("rss/channel-dc-rights", "channel has both <copyright> and <dc:rights>");
	}
	checkLicenseUrls(channel, "channel", report);

	const guids = new Map<string, number>();
	childrenNamed(channel, "item").forEach((item, index) => {
		const guid = childText(item, "guid");
		const where = `item ${index + 1}${guid ? ` (${guid})` : ""}`;
		if (!childText(item, "title") && !childText(item, "description")) {
			report("rss/item-title-or-description", `${where} has neither <title> nor <description>`);
		}
		const itemLink = childText(item, "link");
		if (itemLink !== undefined && !HTTP_URL_RE.test(itemLink)) {
			report("rss/item-link", `${where} <link> "${itemLink}" is not a full http(s) URL`);
		}
		checkRfc822(item, "pubDate", where, report);
		checkGuid(item, where, guids, report);
		const authors = childrenNamed(item, "author");
		for (const author of authors) {
			if (!isRssEmail(author.text.trim())) {
				report("rss/author-not-email", `${where} <author> "${author.text.trim()}" is not an e-mail address`);
			}
		}
		if (authors.length > 0 && childrenNamed(item, "dc:creator").length > 0) {
			report("rss/author-and-creator", `${where} has both <author> and <dc:creator>`);
		}
		checkEnclosures(item, where, report);
		checkLicenseUrls(item, where, report);
		for (const name of ["description", "content:encoded"]) {
			for (const element of childrenNamed(item, name)) checkContent(element.text, `${where} <${name}>`, report);
		}
	});
	return violations;
}

/** Checks an Atom 1.0 (RFC 4287) document against the XML and Atom rules of FEEDS.md. */
export function checkAtom(xml: string): FeedViolation[] {
	const violations: FeedViolation[] = [];
	const report: Report = (rule, message) => violations.push({ format: "atom", rule, message });
	const feed = checkXml(xml, report);
	if (feed === undefined) return violations;
	if (feed.name !== "feed" || feed.attributes.xmlns !== ATOM_NAMESPACE) {
		report("atom/root", `root is <${feed.name}> in namespace "${feed.attributes.xmlns ?? ""}", not an Atom <feed>`);
	}

	// RFC 4287 §4.1.1: exactly one id, title, updated.
	checkExactlyOne(feed, "id", "feed", report);
	checkExactlyOne(feed, "title", "feed", report);
	checkExactlyOne(feed, "updated", "feed", report);
	const feedId = childText(feed, "id");
	if (feedId && !ABSOLUTE_URL_RE.test(feedId)) report("atom/feed-id", `feed <id> "${feedId}" is not an IRI`);
	checkRfc3339(feed, "updated", "feed", report);
	const selfLink = childrenNamed(feed, "link").find((l) => l.attributes.rel === "self");
	if (selfLink === undefined) report("atom/self-link", 'feed has no <link rel="self">');
	checkAuthors(feed, "feed", report);
	const feedHasAuthor = childrenNamed(feed, "author").length > 0;

	const ids = new Map<string, number>();
	childrenNamed(feed, "entry").forEach((entry, index) => {
		const id = childText(entry, "id");
		const where = `entry ${index + 1}${id ? ` (${id})` : ""}`;
		for (const name of ["id", "title", "updated"]) checkExactlyOne(entry, name, where, report);
		if (id) {
			if (!ABSOLUTE_URL_RE.test(id)) report("atom/entry-id", `${where} <id> is not an IRI`);
			const first = ids.get(id);
			if (first !== undefined) report("atom/duplicate-id", `${where} has the same <id> as entry ${first}`);
			else ids.set(id, index + 1);
		}
		checkRfc3339(entry, "updated", where, report);
		checkRfc3339(entry, "published", where, report);
		const alternate = childrenNamed(entry, "link").some((l) => (l.attributes.rel ?? "alternate") === "alternate");
		if (childrenNamed(entry, "content").length === 0 && !alternate) {
			report("atom/entry-content-or-alternate", `${where} has neither <content> nor <link rel="alternate">`);
		}
		// RFC 4287 §4.1.1: the feed must have an author unless every entry has one.
		if (!feedHasAuthor && childrenNamed(entry, "author").length === 0) {
			report("atom/author", `${where} has no <author> and the feed has none`);
		}
		checkAuthors(entry, where, report);
		for (const category of childrenNamed(entry, "category")) {
			// RFC 4287 §4.2.2: term is required.
			if (!category.attributes.term) report("atom/category-term", `${where} has a <category> without term`);
		}
		for (const name of ["summary", "content"]) {
			for (const element of childrenNamed(entry, name)) {
				const type = element.attributes.type ?? "text";
				if (type === "html") checkContent(element.text, `${where} <${name}>`, report);
				else if (type === "xhtml") checkXhtmlContent(element, `${where} <${name}>`, report);
			}
		}
	});
	for (const category of childrenNamed(feed, "category")) {
		if (!category.attributes.term) report("atom/category-term", "feed has a <category> without term");
	}
	return violations;
}

/** Checks a JSON Feed 1.1 document (jsonfeed.org/version/1.1) against the rules of FEEDS.md. */
export function checkJsonFeed(json: string): FeedViolation[] {
	const violations: FeedViolation[] = [];
	const report: Report = (rule, message) => violations.push({ format: "json", rule, message });
	let feed: unknown;
	try {
		feed = JSON.parse(json);
	} catch (error) {
		report("json/not-json", error instanceof Error ? error.message : String(error));
		return violations;
	}
	if (!isRecord(feed)) {
		report("json/not-json", "top level is not an object");
		return violations;
	}
	if (feed.version !== "https://jsonfeed.org/version/1.1") {
		report("json/version", `version is ${JSON.stringify(feed.version)}, not "https://jsonfeed.org/version/1.1"`);
	}
	if (typeof feed.title !== "string" || feed.title.trim() === "") report("json/title", "feed has no title");
	for (const key of ["home_page_url", "feed_url"]) checkJsonUrl(feed, key, "feed", report);
	checkJsonAuthors(feed, "feed", report);
	if (!Array.isArray(feed.items)) {
		report("json/items", "feed has no items array");
		return violations;
	}
	const ids = new Map<string, number>();
	feed.items.forEach((item: unknown, index) => {
		const where = `item ${index + 1}`;
		if (!isRecord(item)) {
			report("json/items", `${where} is not an object`);
			return;
		}
		if (typeof item.id !== "string" || item.id === "") {
			report("json/item-id", `${where} has no string id (${JSON.stringify(item.id)})`);
		} else {
			const first = ids.get(item.id);
			if (first !== undefined) report("json/duplicate-id", `${where} (${item.id}) has the same id as item ${first}`);
			else ids.set(item.id, index + 1);
		}
		const named = typeof item.id === "string" ? `${where} (${item.id})` : where;
		if (typeof item.content_html !== "string" && typeof item.content_text !== "string") {
			report("json/item-content", `${named} has neither content_html nor content_text`);
		}
		if (typeof item.content_html === "string") checkContent(item.content_html, `${named} content_html`, report);
		for (const key of ["url", "external_url"]) checkJsonUrl(item, key, named, report);
		for (const key of ["date_published", "date_modified"]) {
			const value = item[key];
			if (value !== undefined && (typeof value !== "string" || !isRfc3339(value))) {
				report("json/date", `${named} ${key} ${JSON.stringify(value)} is not an RFC 3339 date`);
			}
		}
		checkJsonAuthors(item, named, report);
	});
	return violations;
}

/** Well-formedness, characters, references and namespace prefixes; returns the root when the document parses. */
function checkXml(xml: string, report: Report): XmlElement | undefined {
	const forbidden = FORBIDDEN_CHAR_RE.exec(xml);
	if (forbidden !== null) {
		const code = forbidden[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0");
		report("xml/forbidden-char", `U+${code} at offset ${forbidden.index} is not allowed in XML 1.0 (§2.2)`);
	}
	const valid = XMLValidator.validate(xml);
	if (valid !== true) {
		report("xml/not-well-formed", `${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
		return undefined;
	}
	checkCharacterData(xml, report);
	let root: XmlElement;
	try {
		root = parseXml(xml);
	} catch (error) {
		report("xml/not-well-formed", error instanceof Error ? error.message : String(error));
		return undefined;
	}
	checkPrefixes(root, new Set(["xml", "xmlns"]), report);
	return root;
}

/**
 * Character data outside CDATA: `]]>` may not appear (XML 1.0 §2.4; what `feed` 6 leaves after splitting only the
 * first one), and references must be one of the five XML entities or a reference to an allowed character.
 */
function checkCharacterData(xml: string, report: Report): void {
	const outsideCdata = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "").replace(/<!--[\s\S]*?-->/g, "");
	if (outsideCdata.includes("]]>")) report("xml/not-well-formed", '"]]>" outside a CDATA section (XML 1.0 §2.4)');
	for (const match of outsideCdata.matchAll(/&([^;\s<&]*);?/g)) {
		const [reference, name = ""] = match;
		const numeric = /^#(?:x([0-9a-f]+)|(\d+))$/i.exec(name);
		const code = numeric === null ? undefined : Number.parseInt(numeric[1] ?? numeric[2] ?? "", numeric[1] ? 16 : 10);
		const ok = reference.endsWith(";")
			? ["lt", "gt", "amp", "apos", "quot"].includes(name) ||
				(code !== undefined && code <= 0x10ffff && !FORBIDDEN_CHAR_RE.test(String.fromCodePoint(code)))
			: false;
		if (!ok) report("xml/bad-reference", `reference "${reference}" is not a predefined entity or an allowed character`);
	}
}

/** Every prefixed element or attribute name needs an `xmlns:prefix` in scope (the validator's MissingNamespace). */
function checkPrefixes(element: XmlElement, inScope: ReadonlySet<string>, report: Report): void {
	const scope = new Set(inScope);
	for (const name of Object.keys(element.attributes)) {
		if (name.startsWith("xmlns:")) scope.add(name.slice("xmlns:".length));
	}
	for (const name of [element.name, ...Object.keys(element.attributes)]) {
		const prefix = name.includes(":") ? name.slice(0, name.indexOf(":")) : undefined;
		if (prefix !== undefined && !scope.has(prefix)) {
			report(
				"xml/undeclared-prefix",
				`prefix "${prefix}" of <${element.name}>${name === element.name ? "" : ` @${name}`} is not declared`,
			);
		}
	}
	for (const child of element.children) checkPrefixes(child, scope, report);
}

function checkRfc822(parent: XmlElement, name: string, where: string, report: Report): void {
	for (const element of childrenNamed(parent, name)) {
		const value = element.text.trim();
		if (!isRfc822(value)) report("rss/date", `${where} <${name}> "${value}" is not an RFC 822 date`);
	}
}

function isRfc822(value: string): boolean {
	const match = RFC822_RE.exec(value);
	if (match === null) return false;
	const [, weekday, day, month, year, hour, minute, second = "00"] = match;
	const fullYear = Number(year) + (year?.length === 2 ? 1900 : 0);
	const date = new Date(
		Date.UTC(fullYear, MONTHS.indexOf(month ?? ""), Number(day), Number(hour), Number(minute), Number(second)),
	);
	if (date.getUTCDate() !== Number(day) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 60)
		return false;
	// The validator's IncorrectDOW; the weekday is that of the local date, so compare in UTC only for UTC zones.
	return weekday === undefined || !/(?:GMT|UT|Z|\+0000)$/.test(value) || WEEKDAYS[date.getUTCDay()] === weekday;
}

function checkRfc3339(parent: XmlElement, name: string, where: string, report: Report): void {
	for (const element of childrenNamed(parent, name)) {
		const value = element.text.trim();
		if (!isRfc3339(value)) report("atom/date", `${where} <${name}> "${value}" is not an RFC 3339 date`);
	}
}

function isRfc3339(value: string): boolean {
	const match = RFC3339_RE.exec(value);
	if (match === null) return false;
	const [, year, month, day, hour, minute, second] = match.map(Number);
	const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
	return (
		date.getUTCDate() === day &&
		date.getUTCMonth() === (month ?? 0) - 1 &&
		(hour ?? 0) <= 23 &&
		(minute ?? 0) <= 59 &&
		(second ?? 0) <= 60
	);
}

function checkGuid(item: XmlElement, where: string, seen: Map<string, number>, report: Report): void {
	for (const guid of childrenNamed(item, "guid")) {
		const value = guid.text.trim();
		const isPermaLink = guid.attributes.isPermaLink ?? "true";
		if (value === "") report("rss/guid", `${where} has an empty <guid>`);
		if (isPermaLink !== "true" && isPermaLink !== "false") {
			report("rss/guid-permalink", `${where} <guid isPermaLink="${isPermaLink}"> must be "true" or "false"`);
		} else if (isPermaLink === "true" && value !== "" && !HTTP_URL_RE.test(value)) {
			// rssboard: a guid is a permalink unless isPermaLink="false"; a permalink must be a full URL.
			report("rss/guid-permalink", `${where} <guid> "${value}" is not a URL but lacks isPermaLink="false"`);
		}
		const first = seen.get(value);
		if (first !== undefined) report("rss/duplicate-guid", `${where} has the same <guid> as item ${first}`);
		else seen.set(value, seen.size + 1);
	}
}

function isRssEmail(value: string): boolean {
	// "jane@example.org (Jane)", "Jane <jane@example.org>" or a bare address.
	const address = /<([^<>]+)>$/.exec(value)?.[1] ?? value.replace(/\s*\(.*\)$/, "");
	return EMAIL_RE.test(address.trim());
}

function checkEnclosures(item: XmlElement, where: string, report: Report): void {
	const enclosures = childrenNamed(item, "enclosure");
	if (enclosures.length > 1)
		report("rss/enclosure-count", `${where} has ${enclosures.length} <enclosure>s; at most one is allowed`);
	for (const enclosure of enclosures) {
		const { url = "", length = "", type = "" } = enclosure.attributes;
		if (!HTTP_URL_RE.test(url) || !/^\d+$/.test(length) || !/^[^\s/]+\/[^\s/]+$/.test(type)) {
			report("rss/enclosure", `${where} <enclosure> needs a full url, a length in bytes and a MIME type`);
		}
	}
}

function checkLicenseUrls(parent: XmlElement, where: string, report: Report): void {
	for (const license of childrenNamed(parent, "creativeCommons:license")) {
		const value = license.text.trim();
		if (!HTTP_URL_RE.test(value))
			report("rss/license-url", `${where} <creativeCommons:license> "${value}" is not a full URL`);
	}
}

function checkExactlyOne(parent: XmlElement, name: string, where: string, report: Report): void {
	const elements = childrenNamed(parent, name);
	const rule = where === "feed" ? `atom/feed-${name}` : `atom/entry-${name}`;
	if (elements.length !== 1)
		report(rule, `${where} has ${elements.length} <${name}> elements; exactly one is required`);
	else if (name !== "title" && elements[0]?.text.trim() === "") report(rule, `${where} has an empty <${name}>`);
}

function checkAuthors(parent: XmlElement, where: string, report: Report): void {
	for (const author of childrenNamed(parent, "author")) {
		// RFC 4287 §3.2.1: a Person construct has exactly one name.
		if (!childText(author, "name")) report("atom/author", `${where} has an <author> without <name>`);
	}
}

function checkContent(html: string, where: string, report: Report): void {
	for (const problem of checkHtmlContent(html)) report(problem.rule, `${where}: ${problem.message}`);
}

function checkXhtmlContent(element: XmlElement, where: string, report: Report): void {
	const serialize = (node: XmlElement): string => {
		const attributes = Object.entries(node.attributes)
			.map(([name, value]) => ` ${name}="${value.replaceAll("&", "&amp;").replaceAll('"', "&quot;")}"`)
			.join("");
		return `<${node.name}${attributes}>${node.children.map(serialize).join("")}</${node.name}>`;
	};
	checkContent(element.children.map(serialize).join(""), where, report);
}

function checkJsonUrl(record: Record<string, unknown>, key: string, where: string, report: Report): void {
	const value = record[key];
	if (value !== undefined && (typeof value !== "string" || !HTTP_URL_RE.test(value))) {
		report("json/url", `${where} ${key} ${JSON.stringify(value)} is not a full http(s) URL`);
	}
}

function checkJsonAuthors(record: Record<string, unknown>, where: string, report: Report): void {
	const authors = record.authors;
	if (authors === undefined) {
		// JSON Feed 1.1 replaced `author` with the `authors` array.
		if (record.author !== undefined) report("json/authors", `${where} has a 1.0 "author" but no "authors" array`);
		return;
	}
	if (!Array.isArray(authors) || authors.some((a) => !isRecord(a))) {
		report("json/authors", `${where} "authors" is not an array of objects`);
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
