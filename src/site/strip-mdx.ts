import { BraceEnds } from "../text/brace-ends.js";
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

/** A stretch of text reduced, and whether that is white space only (known from its parts, without reading it again). */
interface Reduced {
	readonly text: string;
	readonly isBlank: boolean;
}

const BLANK: Reduced = { text: "", isBlank: true };

/** The text, and what is read of it once for every component: where components start, braces end, tags close. */
interface Components {
	readonly text: string;
	readonly starts: readonly { readonly index: number; readonly end: number; readonly name: string }[];
	readonly braces: BraceEnds;
	readonly closings: ClosingTags;
}

function reduceComponents(text: string, dropped: Dropped): string {
	const braces = new BraceEnds(text);
	const starts = [...text.matchAll(new RegExp(COMPONENT_START_RE.source, "g"))].map((start) => ({
		index: start.index,
		end: start.index + start[0].length,
		name: start[1] ?? "",
	}));
	const components = { text, starts, braces, closings: new ClosingTags(text, braces) };
	return reduceRange(components, { from: 0, to: text.length }, dropped);
}

/** A range being reduced: what is written so far, and the component whose content is being reduced, if one is. */
interface Frame {
	readonly range: Range;
	out: string;
	isBlank: boolean;
	at: number;
	open?: { readonly name: string; readonly tag: Tag; readonly after: number } | undefined;
}

/**
 * The components of `text.slice(range.from, range.to)` reduced, each with what it wraps, as when that slice is read
 * alone. The text is not cut: every component reads what it wraps where it stands, so a component nested thousands
 * deep is not read again at every level (quadratic: 40 KB took seconds), and the levels are a list, not calls (a
 * nesting 6,000 deep overflowed the call stack, which failed the build).
 */
function reduceRange(components: Components, whole: Range, dropped: Dropped): string {
	const { text, starts } = components;
	const frames: Frame[] = [{ range: whole, out: "", isBlank: true, at: whole.from }];
	const append = (frame: Frame, reduced: Reduced) => {
		frame.out += reduced.text;
		frame.isBlank &&= reduced.isBlank;
	};
	for (;;) {
		const frame = frames.at(-1);
		if (frame === undefined) return "";
		const { range } = frame;
		const start = starts[firstAtOrAfter(starts.length, (index) => starts[index]?.index ?? 0, frame.at)];
		if (start === undefined || start.index >= range.to) {
			const rest = text.slice(frame.at, range.to);
			const inner = { text: frame.out + rest, isBlank: frame.isBlank && !/\S/.test(rest) };
			frames.pop();
			const parent = frames.at(-1);
			if (parent?.open === undefined) return inner.text;
			append(parent, renderComponent(parent.open.name, parent.open.tag, inner, dropped));
			parent.at = parent.open.after;
			parent.open = undefined;
			continue;
		}
		const before = text.slice(frame.at, start.index);
		append(frame, { text: before, isBlank: !/\S/.test(before) });
		const tag = readTag(text, start.end, range.to, components.braces);
		if (tag === undefined) {
			// Not a well-formed tag: leave the `<` as text for the cleaner to escape.
			append(frame, { text: "<", isBlank: false });
			frame.at = start.index + 1;
			continue;
		}
		const close = tag.isSelfClosing ? undefined : components.closings.find(start.name, tag.end, range);
		if (close !== undefined) {
			frame.open = { name: start.name, tag, after: close.end };
			frames.push({ range: { from: tag.end, to: close.start }, out: "", isBlank: true, at: tag.end });
			continue;
		}
		append(frame, renderComponent(start.name, tag, undefined, dropped));
		frame.at = tag.end;
	}
}

// The first index below `count` whose position (ascending) is at or after `from`, or `count`.
function firstAtOrAfter(count: number, positionOf: (index: number) => number, from: number): number {
	let low = 0;
	let high = count;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (positionOf(middle) < from) low = middle + 1;
		else high = middle;
	}
	return low;
}

function renderComponent(name: string, tag: Tag, inner: Reduced | undefined, dropped: Dropped): Reduced {
	const { props } = tag;
	// `<Image src={hero} alt="…" />`: an imported file, published under a name the site's build gives it; its alt
	// text is no prose of the post.
	if (tag.codeProps.has("src") && inner === undefined) {
		dropped.droppedImages.push(name);
		return BLANK;
	}
	const embed = EMBED_PAGES[name];
	const embedId = (props.get("id") ?? props.get("videoid") ?? props.get("videoId"))?.trim();
	if (embed !== undefined && embedId)
		return { text: `\n\n<${/^https?:\/\//i.test(embedId) ? embedId : embed(embedId)}>\n\n`, isBlank: false };
	const href = LINK_PROPS.map((prop) => props.get(prop)).find((value) => value !== undefined && value.trim() !== "");
	const shown = TEXT_PROPS.map((prop) => props.get(prop)?.trim()).filter((value): value is string => !!value);
	// What it wraps, or else the text its props show (each trimmed and not empty, so blank only when there is none).
	const isInnerShown = inner !== undefined && !inner.isBlank;
	const content = isInnerShown ? inner.text : shown.join(" — ");
	const isContentBlank = !isInnerShown && shown.length === 0;
	const src = props.get("src")?.trim();
	// An image component (`<Image src alt />`) stays an image.
	if (src && href === src && inner === undefined)
		return { text: `![${(props.get("alt") ?? "").replace(/[[\]]/g, "\\$&")}](<${src}>)`, isBlank: false };
	if (href !== undefined) {
		const label = isContentBlank || content.includes("\n\n") ? href : content.trim();
		return { text: `[${label.replace(/[[\]]/g, "\\$&")}](<${href}>)`, isBlank: false };
	}
	if (isContentBlank) {
		dropped.dropped.push(name);
		return BLANK;
	}
	return inner ?? { text: content, isBlank: false };
}

interface Tag {
	readonly props: ReadonlyMap<string, string>;
	/** Props whose value is code (`src={hero}`), which props leaves out. */
	readonly codeProps: ReadonlySet<string>;
	readonly isSelfClosing: boolean;
	readonly end: number;
}

/** A stretch of the text, `text.slice(from, to)`. */
interface Range {
	readonly from: number;
	readonly to: number;
}

// Attributes: name="…", name='…', name={…} (kept only when a plain string literal), or a bare name; the tag read from
// `from` as if the text ended at `to`.
function readTag(text: string, from: number, to: number, braces: BraceEnds): Tag | undefined {
	const props = new Map<string, string>();
	const codeProps = new Set<string>();
	const charAt = (index: number) => (index < to ? text[index] : undefined);
	let index = from;
	for (;;) {
		while (/\s/.test(charAt(index) ?? "")) index++;
		const char = charAt(index);
		if (char === undefined) return undefined;
		if (char === ">") return { props, codeProps, isSelfClosing: false, end: index + 1 };
		if (char === "/" && charAt(index + 1) === ">") return { props, codeProps, isSelfClosing: true, end: index + 2 };
		const name = /^[\w:.-]+/.exec(text.slice(index, Math.min(index + 100, to)))?.[0];
		if (name === undefined) {
			if (char !== "{") return undefined;
			const end = braces.after(index);
			if (end === undefined || end > to) return undefined;
			index = end;
			continue;
		}
		index += name.length;
		if (charAt(index) !== "=") {
			props.set(name, "");
			continue;
		}
		index++;
		const quote = charAt(index);
		if (quote === '"' || quote === "'") {
			const end = text.indexOf(quote, index + 1);
			if (end === -1 || end >= to) return undefined;
			props.set(name, text.slice(index + 1, end));
			index = end + 1;
		} else if (quote === "{") {
			const end = braces.after(index);
			if (end === undefined || end > to) return undefined;
			const literal = /^\{\s*(["'`])([^"'`$]*)\1\s*\}$/.exec(text.slice(index, end));
			if (literal?.[2] !== undefined) props.set(name, literal[2]);
			else codeProps.add(name);
			index = end;
		} else return undefined;
	}
}

// A component's opening (a tag that readTag reads, not self-closing, counts) or closing tag.
const COMPONENT_TAG_RE = /<([A-Z][\w.]*)(?=[\s/>])|<\/([A-Z][\w.]*)\s*>/g;

/** One component's opening and closing tags in a text, in order, and where the nesting depth next falls below each. */
interface ComponentTags {
	readonly starts: number[];
	readonly ends: number[];
	/** Where each tag ends: for an opening, past its props. */
	readonly tagEnds: number[];
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
 *
 * Within a range (what a component wraps), the tags are those of the whole text but the openings whose props the end
 * of the range cuts (`<Note title="</Box>">` in a `<Box>`), which are no tags when the range is read alone. Where no
 * opening holds the end of the range, the whole text's answer is the range's; otherwise the range's tags are counted.
 */
class ClosingTags {
	private byName: Map<string, ComponentTags> | undefined;
	/** For each position, how many openings hold it (start < position < end). */
	private held: Int32Array | undefined;

	constructor(
		private readonly text: string,
		private readonly braces: BraceEnds,
	) {}

	/** The closing tag of the `name` opened before `from`, within `range` (as if the text were only that range). */
	find(name: string, from: number, range: Range): { start: number; end: number } | undefined {
		const tags = this.read().get(name);
		if (tags === undefined) return undefined;
		const first = firstAtOrAfter(tags.starts.length, (index) => tags.starts[index] ?? 0, from);
		if ((this.held?.[range.to] ?? 0) > 0) {
			// Counted one by one, without the openings cut (what they close is read again at each level of a deep
			// nesting whose closing tags are all inside props).
			let depth = 0;
			for (let index = first; index < tags.starts.length && (tags.starts[index] ?? 0) < range.to; index++) {
				if ((tags.steps[index] ?? 0) > 0) {
					if ((tags.tagEnds[index] ?? 0) <= range.to) depth++;
				} else if (--depth < 0) return { start: tags.starts[index] ?? 0, end: tags.ends[index] ?? 0 };
			}
			return undefined;
		}
		const after = tags.lower[first] ?? -1;
		const end = tags.ends[after - 1] ?? 0;
		return after === -1 || end > range.to ? undefined : { start: tags.starts[after - 1] ?? 0, end };
	}

	private read(): Map<string, ComponentTags> {
		if (this.byName !== undefined) return this.byName;
		const byName = new Map<string, ComponentTags>();
		const held = new Int32Array(this.text.length + 1);
		for (const match of this.text.matchAll(COMPONENT_TAG_RE)) {
			const [whole, opened, closed] = match;
			const name = opened ?? closed ?? "";
			let tagEnd = match.index + whole.length;
			if (opened !== undefined) {
				const tag = readTag(this.text, tagEnd, this.text.length, this.braces);
				if (tag === undefined || tag.isSelfClosing) continue;
				tagEnd = tag.end;
				held[match.index + 1] = (held[match.index + 1] ?? 0) + 1;
				held[tagEnd] = (held[tagEnd] ?? 0) - 1;
			}
			let tags = byName.get(name);
			if (tags === undefined) {
				tags = { starts: [], ends: [], tagEnds: [], steps: [], lower: [] };
				byName.set(name, tags);
			}
			tags.starts.push(match.index);
			tags.ends.push(match.index + whole.length);
			tags.tagEnds.push(tagEnd);
			tags.steps.push(opened !== undefined ? 1 : -1);
		}
		for (const tags of byName.values()) tags.lower = findLower(tags.steps);
		for (let index = 1; index < held.length; index++) held[index] = (held[index] ?? 0) + (held[index - 1] ?? 0);
		this.held = held;
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
