import { isUtf8 } from "node:buffer";

/**
 * The line (1-based) of the first byte in `bytes` that is not UTF-8, so a Latin-1 `é` in a long article can be found;
 * undefined when every line is UTF-8. A line feed is never part of a multi-byte character, so each line is checked on
 * its own, once.
 */
export function findInvalidUtf8Line(bytes: Buffer): number | undefined {
	let line = 1;
	for (let start = 0; start < bytes.length; line++) {
		const feed = bytes.indexOf(0x0a, start);
		const end = feed === -1 ? bytes.length : feed;
		if (!isUtf8(bytes.subarray(start, end))) return line;
		start = end + 1;
	}
	return undefined;
}
