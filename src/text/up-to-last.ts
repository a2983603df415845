/**
 * `text` up to the end of the last match of `closing` ("" when it has none); `closing`'s matches must not overlap.
 * A pattern each of whose matches ends with a match of `closing` (`X[\s\S]*?Y`) finds the same matches in it, and
 * does not search the rest again from every `X` that is never closed, which costs time quadratic in the text
 * (thousands of unclosed `{% raw %}` took seconds).
 */
export function upToLast(text: string, closing: RegExp): string {
	const global = closing.global ? closing : new RegExp(closing.source, `${closing.flags}g`);
	let end = 0;
	for (const match of text.matchAll(global)) end = match.index + match[0].length;
	return text.slice(0, end);
}

/** `text.replace(pattern, replacer)` run on `upToLast(text, closing)` only, the rest kept as it is (see there). */
export function replaceUpToLast(
	text: string,
	closing: RegExp,
	pattern: RegExp,
	replacer: (match: string, ...groups: string[]) => string,
): string {
	const head = upToLast(text, closing);
	return head.replace(pattern, replacer) + text.slice(head.length);
}
