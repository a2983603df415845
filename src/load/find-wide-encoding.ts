/**
 * The encoding of a text file written in UTF-16 or UTF-32 rather than UTF-8, or undefined. Windows PowerShell 5's `>`
 * and Notepad's "Unicode" save UTF-16LE: its NUL bytes (half of every ASCII character) made such an article "binary,
 * not text", a wrong remedy. Told by its byte order mark, or without one by the NUL that sits beside every ASCII
 * character of the first bytes, always on the same side.
 */
export function findWideEncoding(bytes: Buffer): string | undefined {
	const [b0, b1, b2, b3] = bytes;
	if (b0 === 0xff && b1 === 0xfe) return b2 === 0 && b3 === 0 ? "UTF-32LE" : "UTF-16LE";
	if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return "UTF-32BE";
	if (b0 === 0xfe && b1 === 0xff) return "UTF-16BE";
	return findUnmarkedUtf16(bytes);
}

// The pairs of bytes looked at, and how many of them must be an ASCII character beside a NUL.
const SAMPLE_PAIRS = 256;
const MIN_SHARE = 0.75;

function findUnmarkedUtf16(bytes: Buffer): string | undefined {
	const pairs = Math.min(SAMPLE_PAIRS, Math.floor(bytes.length / 2));
	if (pairs < 2) return undefined;
	let little = 0;
	let big = 0;
	for (let pair = 0; pair < pairs; pair++) {
		const first = bytes[2 * pair] as number;
		const second = bytes[2 * pair + 1] as number;
		if (second === 0 && first !== 0 && first < 0x80) little++;
		else if (first === 0 && second !== 0 && second < 0x80) big++;
	}
	if (little >= pairs * MIN_SHARE) return "UTF-16LE";
	if (big >= pairs * MIN_SHARE) return "UTF-16BE";
	return undefined;
}
