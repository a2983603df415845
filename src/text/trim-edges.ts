/**
 * `text` without the characters `isEdge` accepts (by UTF-16 code unit) at its start, its end or both. A loop, where
 * `/^x+|x+$/g` would do: that pattern tries `x+$` again from every `x` of a run that does not end the text, so a long
 * run of them before a last other character costs time quadratic in the run (100 KB of spaces took seconds).
 */
export function trimEdges(
	text: string,
	isEdge: (code: number) => boolean,
	edges: "both" | "start" | "end" = "both",
): string {
	let start = 0;
	let end = text.length;
	if (edges !== "end") while (start < end && isEdge(text.charCodeAt(start))) start++;
	if (edges !== "start") while (end > start && isEdge(text.charCodeAt(end - 1))) end--;
	return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** An `isEdge` for `trimEdges` that accepts the characters of `chars` (each one UTF-16 code unit). */
export function isOneOf(chars: string): (code: number) => boolean {
	return (code) => chars.includes(String.fromCharCode(code));
}
