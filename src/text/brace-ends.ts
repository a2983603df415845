/**
 * Where each `{` of a text is closed, read once on the first question: the `}` that brings the count of `{` less `}`
 * after it back to zero. For readers that would otherwise count from every `{` to the end of a text where braces are
 * opened and never closed (thousands of `<A {` in an MDX post took time quadratic in it).
 */
export class BraceEnds {
	private ends: Int32Array | undefined;

	constructor(private readonly text: string) {}

	/** One past the `}` that closes the `{` at `index`, or undefined when it is never closed. */
	after(index: number): number | undefined {
		const end = this.read()[index] ?? -1;
		return end === -1 ? undefined : end + 1;
	}

	private read(): Int32Array {
		if (this.ends !== undefined) return this.ends;
		const ends = new Int32Array(this.text.length).fill(-1);
		const open: number[] = [];
		for (let index = 0; index < this.text.length; index++) {
			const code = this.text.charCodeAt(index);
			if (code === 0x7b) open.push(index);
			else if (code === 0x7d && open.length > 0) ends[open.pop() ?? 0] = index;
		}
		this.ends = ends;
		return ends;
	}
}
