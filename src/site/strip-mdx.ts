import { readConstLiterals } from "./read-js-literals.js";
import { rewriteOutsideCode } from "./split-code.js";

/** What MDX stripping did, for warnings. */
export interface StrippedMdx {
	readonly body: string;
	/** Components that had no text or link to keep, by name. */
	readonly dropped: readonly string[];
	/** Image components whose `src` is code (`<Image src={hero} />`, an imported file), by name. */
	readonly droppedImages: readonly string[];
}

// Props whose string values are what a component shows as text, in the order they read.
const TEXT_PROPS = [
	"title",
	"heading",
	"label",
	"name",
	"caption",
	"text",
	"description",
	"summary",
	"quote",
	"price",
	"alt",
];
const LINK_PROPS = ["href", "url", "link", "to", "src"];
// astro-embed's components (https://astro-embed.netlify.app/), which take the video's or the post's id or URL as `id`
// (`videoid` for lite-youtube's): the page a reader can open, as an autolink the embed cleaner labels ("Video: YouTube").
const EMBED_PAGES: Readonly<Record<string, (id: string) => string>> = {
	YouTube: (id) => `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`,
	Vimeo: (id) => `https://vimeo.com/${encodeURIComponent(id)}`,
	Tweet: (id) => `https://twitter.com/i/web/status/${encodeURIComponent(id)}`,
	LinkPreview: (id) => id,
};
const COMPONENT_START_RE = /<([A-Z][\w.]*)(?=[\s/>])/;
const EXPRESSION_RE = /\{(?:[^{}]|\{[^{}]*\})*\}/g;
const STATEMENT_START_RE = /^(?:import|export)\s/;

/**
 * MDX to plain Markdown, without running it: ESM `import`/`export` statements are dropped, JSX expressions (`{…}`) and
 * comments removed, and each component (a capitalised tag) reduced to what a reader can use — the content it wraps,
 * or the text its props show (`title`, `description`…), linked when it has an `href`/`url`/`src`. Code blocks and
 * code spans are left as written. https://mdxjs.com/docs/what-is-mdx/
 */
export function stripMdx(body: string): StrippedMdx {
	const dropped: string[] = [];
	const droppedImages: string[] = [];
	// Code stands aside, so a component that wraps a code span or block still finds its closing tag.
	const reduced = rewriteOutsideCode(body, (prose) => {
		// `export const season = "winter"` is data: `{season}` shows it; any other expression is code and goes.
		const constants = readConstLiterals(prose);
		return reduceComponents(dropStatements(prose), { dropped, droppedImages }).replace(EXPRESSION_RE, (expression) => {
			const value = constants[expression.slice(1, -1).trim()];
			return typeof value === "string" || typeof value === "number" ? String(value) : "";
		});
	});
	return { body: reduced, dropped, droppedImages };
}

// `import X from "y";` and `export const meta = {…};` at the start of a line, possibly over several lines.
function dropStatements(text: string): string {
	const lines = text.split("\n");
	const kept: string[] = [];
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] ?? "";
		if (!STATEMENT_START_RE.test(line)) {
			kept.push(line);
			continue;
		}
		let depth = countDepth(line);
		while (depth > 0 && index + 1 < lines.length) {
			index++;
			depth += countDepth(lines[index] ?? "");
		}
	}
	return kept.join("\n");
}

function countDepth(line: string): number {
	let depth = 0;
	for (const char of line) {
		if (char === "{" || char === "(" || char === "[") depth++;
		else if (char === "}" || char === ")" || char === "]") depth--;
	}
	return depth;
}

interface Dropped {
	readonly dropped: string[];
	readonly droppedImages: string[];
}

function reduceComponents(text: string, dropped: Dropped): string {
	const closings = new ClosingTags(text);
	const starts = new RegExp(COMPONENT_START_RE.source, "g");
	let out = "";
	let at = 0;
	for (;;) {
		starts.lastIndex = at;
		const start = starts.exec(text);
		if (start === null) return out + text.slice(at);
		out += text.slice(at, start.index);
		const name = start[1] ?? "";
		const tag = readTag(text, start.index + start[0].length);
		if (tag === undefined) {
			// Not a well-formed tag: leave the `<` as text for the cleaner to escape.
			out += "<";
			at = start.index + 1;
			continue;
		}
		let inner: string | undefined;
		let after = tag.end;
		if (!tag.isSelfClosing) {
			const close = closings.find(name, tag.end);
			if (close !== undefined) {
				inner = reduceComponents(text.slice(tag.end, close.start), dropped);
				after = close.end;
			}
		}
		out += renderComponent(name, tag, inner, dropped);
		at = after;
	}
}

function renderComponent(name: string, tag: Tag, inner: string | undefined, dropped: Dropped): string {
	const { props } = tag;
	// `<Image src={hero} alt="…" />`: an imported file, published under a name the site's build gives it; its alt
	// text is no prose of the post.
	if (tag.codeProps.has("src") && inner === undefined) {
		dropped.droppedImages.push(name);
		return "";
	}
	const embed = EMBED_PAGES[name];
	const embedId = (props.get("id") ?? props.get("videoid") ?? props.get("videoId"))?.trim();
	if (embed !== undefined && embedId) return `\n\n<${/^https?:\/\//i.test(embedId) ? embedId : embed(embedId)}>\n\n`;
	const href = LINK_PROPS.map((prop) => props.get(prop)).find((value) => value !== undefined && value.trim() !== "");
	const shown = TEXT_PROPS.map((prop) => props.get(prop)?.trim()).filter((value): value is string => !!value);
	const content = inner?.trim() !== "" && inner !== undefined ? inner : shown.join(" — ");
	const src = props.get("src")?.trim();
	// An image component (`<Image src alt />`) stays an image.
	if (src && href === src && inner === undefined)
		return `![${(props.get("alt") ?? "").replace(/[[\]]/g, "\\$&")}](<${src}>)`;
	if (href !== undefined) {
		const label = content.trim() === "" || content.includes("\n\n") ? href : content.trim();
		return `[${label.replace(/[[\]]/g, "\\$&")}](<${href}>)`;
	}
	if (content.trim() === "") {
		dropped.dropped.push(name);
		return "";
	}
	return inner !== undefined ? inner : content;
}

interface Tag {
	readonly props: ReadonlyMap<string, string>;
	/** Props whose value is code (`src={hero}`), which props leaves out. */
	readonly codeProps: ReadonlySet<string>;
	readonly isSelfClosing: boolean;
	readonly end: number;
}

// Attributes: name="…", name='…', name={…} (kept only when a plain string literal), or a bare name.
function readTag(text: string, from: number): Tag | undefined {
	const props = new Map<string, string>();
	const codeProps = new Set<string>();
	let index = from;
	for (;;) {
		while (/\s/.test(text[index] ?? "")) index++;
		const char = text[index];
		if (char === undefined) return undefined;
		if (char === ">") return { props, codeProps, isSelfClosing: false, end: index + 1 };
		if (char === "/" && text[index + 1] === ">") return { props, codeProps, isSelfClosing: true, end: index + 2 };
		const name = /^[\w:.-]+/.exec(text.slice(index, index + 100))?.[0];
		if (name === undefined) {
			if (char !== "{") return undefined;
			const end = skipBraces(text, index);
			if (end === undefined) return undefined;
			index = end;
			continue;
		}
		index += name.length;
		if (text[index] !== "=") {
			props.set(name, "");
			continue;
		}
		index++;
		const quote = text[index];
		if (quote === '"' || quote === "'") {
			const end = text.indexOf(quote, index + 1);
			if (end === -1) return undefined;
			props.set(name, text.slice(index + 1, end));
			index = end + 1;
		} else if (quote === "{") {
			const end = skipBraces(text, index);
			if (end === undefined) return undefined;
			const literal = /^\{\s*(["'`])([^"'`$]*)\1\s*\}$/.exec(text.slice(index, end));
			if (literal?.[2] !== undefined) props.set(name, literal[2]);
			else codeProps.add(name);
			index = end;
		} else return undefined;
	}
}

function skipBraces(text: string, from: number): number | undefined {
	let depth = 0;
	for (let index = from; index < text.length; index++) {
		const char = text[index];
		if (char === "{") depth++;
		else if (char === "}" && --depth === 0) return index + 1;
	}
	return undefined;
}

// A component's opening (a tag that readTag reads, not self-closing, counts) or closing tag.
const COMPONENT_TAG_RE = /<([A-Z][\w.]*)(?=[\s/>])|<\/([A-Z][\w.]*)\s*>/g;

/** One component's opening and closing tags in a text, in order, and where the nesting depth next falls below each. */
interface ComponentTags {
	readonly starts: number[];
	readonly ends: number[];
	/** `+1` for an opening tag, `-1` for a closing one. */
	readonly steps: number[];
	/** For each tag (and one past the last), one past the first tag after which the depth is lower, or -1. */
	lower: number[];
}

/**
 * The matching `</Name>` of an opening tag, counting nested `<Name …>` of the same component from the end of the tag.
 * The tags of the text are read once, and the depth after each: the closing tag is the first after which the depth is
 * below what it was at the start. Searching the rest of the text from every tag instead, a text of thousands of tags
 * never closed took time quadratic in it (10 KB of `<H1>` in comments: seconds).
 */
class ClosingTags {
	private byName: Map<string, ComponentTags> | undefined;

	constructor(private readonly text: string) {}

	find(name: string, from: number): { start: number; end: number } | undefined {
		const tags = this.read().get(name);
		if (tags === undefined) return undefined;
		const { lower } = tags;
		// The first tag at or after `from`.
		let low = 0;
		let high = tags.starts.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if ((tags.starts[middle] ?? 0) < from) low = middle + 1;
			else high = middle;
		}
		const after = lower[low] ?? -1;
		if (after === -1) return undefined;
		return { start: tags.starts[after - 1] ?? 0, end: tags.ends[after - 1] ?? 0 };
	}

	private read(): Map<string, ComponentTags> {
		if (this.byName !== undefined) return this.byName;
		const byName = new Map<string, ComponentTags>();
		for (const match of this.text.matchAll(COMPONENT_TAG_RE)) {
			const [whole, opened, closed] = match;
			const name = opened ?? closed ?? "";
			if (opened !== undefined) {
				const tag = readTag(this.text, match.index + whole.length);
				if (tag === undefined || tag.isSelfClosing) continue;
			}
			let tags = byName.get(name);
			if (tags === undefined) {
				tags = { starts: [], ends: [], steps: [], lower: [] };
				byName.set(name, tags);
			}
			tags.starts.push(match.index);
			tags.ends.push(match.index + whole.length);
			tags.steps.push(opened !== undefined ? 1 : -1);
		}
		for (const tags of byName.values()) tags.lower = findLower(tags.steps);
		this.byName = byName;
		return byName;
	}
}

// Depth before tag i is the sum of steps[0..i); for each i in 0..n, the first j > i whose depth is below depth i.
function findLower(steps: readonly number[]): number[] {
	const depths = [0];
	for (const step of steps) depths.push((depths.at(-1) ?? 0) + step);
	const lower = new Array<number>(depths.length).fill(-1);
	const pending: number[] = [];
	for (let index = depths.length - 1; index >= 0; index--) {
		const depth = depths[index] ?? 0;
		while (pending.length > 0 && (depths[pending.at(-1) ?? 0] ?? 0) >= depth) pending.pop();
		lower[index] = pending.at(-1) ?? -1;
		pending.push(index);
	}
	return lower;
}
