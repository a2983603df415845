/**
 * Turns a rights string into one line with single spaces, or undefined when nothing is left.
 *
 * Notices scraped from bodies arrive with heavy whitespace (the phys.org `© 2016 AFP`); characters
 * XML forbids are left to the serializer, which strips them from every field at the output edge.
 */
export function normalizeRightsText(text: string | undefined): string | undefined {
	if (text === undefined) return undefined;
	const line = text.replace(/\s+/g, " ").trim();
	return line === "" ? undefined : line;
}
