import { CharPositions } from "../text/char-positions.js";

/** A Markdown image found at a `![`: where it ends, its alt text, and its path (inline) or label (reference). */
export interface MarkdownImage {
	readonly end: number;
	readonly alt: string;
	/** An inline image's path as written (`<…>` kept). */
	readonly path?: string;
	/** A full reference image's label (`![alt][label]`); undefined for the collapsed and shortcut forms. */
	readonly reference?: string;
}

const SPACE_RE = /\s/;

/**
 * Reads Markdown images the way two patterns did, with the same results, in linear time:
 * - inline, `!\[ALT\]\(\s*(<[^>\n]*>|[^\s()]+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*\)`;
 * - reference, `!\[ALT\](?:\[([^\]\n]*)\]|(?!\())`;
 * where ALT is `(?:[^[\]\n]|\[[^\]\n]*\])*`, an alt that may hold `[…]`. Tried from every `![`, each of those parts
 * searched the rest of a line again for its closing character (`]`, `>`, a quote, `)`), so a line of thousands of
 * unclosed images took time quadratic in it (100 KB: over 6 s). Here each closing character is found by position
 * (CharPositions), and an alt's end, which many starts can share, is read once.
 */
export class MarkdownImages {
	private readonly brackets: CharPositions;
	private readonly closings: Readonly<Record<string, CharPositions>>;
	/** For each position, where an alt read from there ends (its `]`): -1 none, -2 not read yet. */
	private altEnds: Int32Array | undefined;
	/** The end of an inline image's destination and title after an alt's `]`, by that position; -1 none. */
	private readonly tails = new Map<number, { end: number; path: string } | undefined>();

	constructor(private readonly text: string) {
		this.brackets = new CharPositions(text, "[]\n");
		this.closings = {
			"]": new CharPositions(text, "]\n"),
			">": new CharPositions(text, ">\n"),
			'"': new CharPositions(text, '"\n'),
			"'": new CharPositions(text, "'\n"),
			")": new CharPositions(text, ")\n"),
		};
	}

	/** The inline image whose `![` is at `start`, if one is. */
	readInline(start: number): MarkdownImage | undefined {
		const close = this.readAltEnd(start + 2);
		if (close === -1 || this.text[close + 1] !== "(") return undefined;
		let tail = this.tails.get(close);
		if (!this.tails.has(close)) {
			tail = this.readDestination(this.skipSpaces(close + 2));
			this.tails.set(close, tail);
		}
		return tail && { end: tail.end, alt: this.text.slice(start + 2, close), path: tail.path };
	}

	/** The reference image (`![alt][label]`, `![alt][]`, `![alt]` not followed by `(`) whose `![` is at `start`. */
	readReference(start: number): MarkdownImage | undefined {
		const close = this.readAltEnd(start + 2);
		if (close === -1) return undefined;
		const alt = this.text.slice(start + 2, close);
		const next = this.text[close + 1];
		if (next === "[") {
			const end = this.findClosing("]", close + 2);
			if (end !== -1) return { end: end + 1, alt, reference: this.text.slice(close + 2, end) };
		} else if (next === "(") return undefined;
		return { end: close + 1, alt };
	}

	// `(<[^>\n]*>|[^\s()]+)`, each tried with the title and the `)` after it.
	private readDestination(from: number): { end: number; path: string } | undefined {
		if (this.text[from] === "<") {
			const close = this.findClosing(">", from + 1);
			const end = close === -1 ? -1 : this.readTitle(close + 1);
			if (end !== -1) return { end, path: this.text.slice(from, close + 1) };
		}
		let after = from;
		while (after < this.text.length && !/[\s()]/.test(this.text[after] ?? "")) after++;
		if (after === from) return undefined;
		const end = this.readTitle(after);
		return end === -1 ? undefined : { end, path: this.text.slice(from, after) };
	}

	// `(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*\)`: where the image ends, or -1.
	private readTitle(from: number): number {
		const spaced = this.skipSpaces(from);
		const open = this.text[spaced] ?? "";
		const closing = open === "(" ? ")" : open === '"' || open === "'" ? open : undefined;
		if (spaced > from && closing !== undefined) {
			const close = this.findClosing(closing, spaced + 1);
			if (close !== -1) {
				const after = this.skipSpaces(close + 1);
				if (this.text[after] === ")") return after + 1;
			}
		}
		return this.text[spaced] === ")" ? spaced + 1 : -1;
	}

	// The alt from `from`: plain characters, `[…]` up to the first `]` on the line, until a `]` of its own.
	private readAltEnd(from: number): number {
		this.altEnds ??= new Int32Array(this.text.length + 1).fill(-2);
		const ends = this.altEnds;
		const visited: number[] = [];
		let at = from;
		let end: number;
		for (;;) {
			const known = ends[at] ?? -1;
			if (known !== -2) {
				end = known;
				break;
			}
			visited.push(at);
			const stop = this.brackets.next(at);
			const char = stop === -1 ? "\n" : this.text[stop];
			if (char === "]") {
				end = stop;
				break;
			}
			const close = char === "[" ? this.findClosing("]", stop + 1) : -1;
			if (close === -1) {
				end = -1;
				break;
			}
			at = close + 1;
		}
		for (const position of visited) ends[position] = end;
		return end;
	}

	// The first `closing` at or after `from` on the same line, or -1.
	private findClosing(closing: string, from: number): number {
		const found = this.closings[closing]?.next(from) ?? -1;
		return found !== -1 && this.text[found] === closing ? found : -1;
	}

	private skipSpaces(from: number): number {
		let at = from;
		while (at < this.text.length && SPACE_RE.test(this.text[at] ?? "")) at++;
		return at;
	}
}

/** `text` with each image `read` finds (trying every `![` left to right, after the last image) replaced. */
export function replaceImages(
	text: string,
	read: (images: MarkdownImages, start: number) => MarkdownImage | undefined,
	replace: (whole: string, image: MarkdownImage) => string,
): string {
	if (!text.includes("![")) return text;
	const images = new MarkdownImages(text);
	let out = "";
	let last = 0;
	for (let start = text.indexOf("!["); start !== -1; start = text.indexOf("![", start + 1)) {
		const image = read(images, start);
		if (image === undefined) continue;
		out += text.slice(last, start) + replace(text.slice(start, image.end), image);
		last = image.end;
		start = image.end - 1;
	}
	return out + text.slice(last);
}
