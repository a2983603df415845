/** Cuts text to at most `length` characters at a word boundary, adding "…" when something was cut. */
export function truncateAtWord(text: string, length: number): string {
	if (text.length <= length) return text;
	const cut = text.slice(0, length - 1);
	const lastSpace = cut.lastIndexOf(" ");
	const head = lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut;
	return `${head.replace(/[\s,;:.–—-]+$/u, "")}…`;
}
