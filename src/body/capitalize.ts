/** A kind's label, as themes print it: "note", "NOTE" → "Note". */
export function capitalize(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
