/**
 * The index just past the `}` that closes the JSON object opening at `start`, counted as Hugo's page lexer counts it
 * (`lexFrontMatterJSON` in parser/pageparser/pagelexer_intro.go): braces inside strings do not count, a backslash
 * escapes the next character. -1 when the object never closes.
 */
export function findJsonObjectEnd(text: string, start: number): number {
	let depth = 0;
	let isInString = false;
	for (let index = start; index < text.length; index++) {
		const char = text.charCodeAt(index);
		if (char === BACKSLASH) index++;
		else if (char === QUOTE) isInString = !isInString;
		else if (!isInString && char === OPEN) depth++;
		else if (!isInString && char === CLOSE && --depth === 0) return index + 1;
	}
	return -1;
}

const BACKSLASH = 0x5c;
const QUOTE = 0x22;
const OPEN = 0x7b;
const CLOSE = 0x7d;
