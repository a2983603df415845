/**
 * The file line of the first occurrence of `part` in a body that starts on line `firstLine`: a warning about a tag
 * names the tag's line. `firstLine` itself when the body does not hold it as written (a generator changed it).
 */
export function lineOf(body: string, firstLine: number, part: string): number {
	const at = part === "" ? -1 : body.indexOf(part);
	if (at === -1) return firstLine;
	let line = firstLine;
	for (let i = body.indexOf("\n"); i !== -1 && i < at; i = body.indexOf("\n", i + 1)) line++;
	return line;
}
