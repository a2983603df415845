import { INVISIBLE_TAGS } from "./tree.js";

// Shared vocabulary of the cleaning rules: rules import these, never each other (house review, section b).

/** Elements dropped together with everything inside them: code, plugins, forms and other non-prose. */
export const DROPPED_WITH_CONTENT: ReadonlySet<string> = new Set([
	"applet",
	"base",
	"button",
	"canvas",
	"datalist",
	"dialog",
	"embed",
	"form",
	"frame",
	"frameset",
	"head",
	"iframe",
	"input",
	"link",
	"meta",
	"object",
	"optgroup",
	"option",
	"param",
	"script",
	"select",
	"style",
	"svg",
	"template",
	"textarea",
	"title",
]);

/** Elements whose text never reaches the feed: rules that run before sanitize read text without them. */
export const HIDDEN_IN_FEED: ReadonlySet<string> = new Set([...INVISIBLE_TAGS, ...DROPPED_WITH_CONTENT]);

/** The heading elements. */
export const HEADING_TAGS: ReadonlySet<string> = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
