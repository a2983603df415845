import { appendAll } from "../append-all.js";
/** A run of Markdown source: code (a fenced block or a code span), or anything else. */
export interface SourcePiece {
	readonly text: string;
	readonly isCode: boolean;
}

const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Splits Markdown source into code — fenced blocks (CommonMark §4.5) and code spans (§6.1) — and the rest, so generator
 * syntax can be handled outside code only. Joining the pieces' text gives the source back.
 */
export function splitCode(source: string): SourcePiece[] {
	const pieces: SourcePiece[] = [];
	let prose = "";
	const lines = source.split(/(?<=\n)/);
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] ?? "";
		const open = FENCE_RE.exec(line);
		if (open === null) {
			prose += line;
			continue;
		}
		const marker = open[1] ?? "```";
		let code = line;
		const closing = new RegExp(`^ {0,3}${marker[0] === "`" ? "`" : "~"}{${marker.length},}\\s*$`);
		while (index + 1 < lines.length) {
			index++;
			code += lines[index] ?? "";
			if (closing.test((lines[index] ?? "").replace(/\n$/, ""))) break;
		}
		appendAll(pieces, splitSpans(prose));
		pieces.push({ text: code, isCode: true });
		prose = "";
	}
	appendAll(pieces, splitSpans(prose));
	return pieces.filter((piece) => piece.text !== "");
}

// Code spans: a run of backticks up to the next run of the same length.
function splitSpans(text: string): SourcePiece[] {
	const pieces: SourcePiece[] = [];
	let last = 0;
	const opener = /`+/g;
	for (let match = opener.exec(text); match !== null; match = opener.exec(text)) {
		const ticks = match[0];
		const close = new RegExp(`(?<!\`)${ticks}(?!\`)`, "g");
		close.lastIndex = match.index + ticks.length;
		const end = close.exec(text);
		if (end === null) continue;
		pieces.push({ text: text.slice(last, match.index), isCode: false });
		pieces.push({ text: text.slice(match.index, end.index + ticks.length), isCode: true });
		last = end.index + ticks.length;
		opener.lastIndex = last;
	}
	pieces.push({ text: text.slice(last), isCode: false });
	return pieces;
}

/**
 * Rewrites the prose of Markdown source and leaves its code as written: the code stands aside as placeholders while
 * `rewrite` sees the whole prose at once (so a component or a link around a code span still finds its end). A fence's
 * last line break stays in the prose, so the line after a fence still starts a line.
 */
export function rewriteOutsideCode(source: string, rewrite: (prose: string) => string): string {
	const code: string[] = [];
	const prose = splitCode(source)
		.map((piece) => {
			if (!piece.isCode) return piece.text;
			const text = piece.text.replace(/\n$/, "");
			return `\uE000${code.push(text) - 1}\uE001${piece.text.slice(text.length)}`;
		})
		.join("");
	return rewrite(prose).replace(/\uE000(\d+)\uE001/g, (_, index: string) => code[Number(index)] ?? "");
}
