/**
 * Where the characters of a set stand in a text, read once on the first question: "the first of them at or after i" in
 * log time. For scanners that would otherwise search the same stretch again from many starts, as `[^>\n]*>` does from
 * every `<` of a line that has no `>` (quadratic in the line).
 */
export class CharPositions {
	private positions: number[] | undefined;

	constructor(
		private readonly text: string,
		/** The characters, each one UTF-16 code unit. */
		private readonly chars: string,
	) {}

	/** The first position at or after `from` of one of the characters, or -1. */
	next(from: number): number {
		const positions = this.read();
		let low = 0;
		let high = positions.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if ((positions[middle] ?? 0) < from) low = middle + 1;
			else high = middle;
		}
		return positions[low] ?? -1;
	}

	private read(): number[] {
		if (this.positions !== undefined) return this.positions;
		const positions: number[] = [];
		for (let index = 0; index < this.text.length; index++)
			if (this.chars.includes(this.text[index] ?? "")) positions.push(index);
		this.positions = positions;
		return positions;
	}
}
