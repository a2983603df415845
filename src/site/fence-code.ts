/**
 * Code as a fenced block (CommonMark §4.5) in `language`: the fence is longer than any run of backticks in the code,
 * so the code cannot close it. Jekyll's `{% highlight %}` and Hugo's `highlight` shortcode both become one. `indent`
 * is what stands before the block's opening tag on its line (the tag indented in a list item): the closing fence
 * stands there too, or it would end the item and open a code block of the rest of the text. The spaces before the
 * closing tag, on a line of their own, are no code.
 */
export function fenceCode(language: string, code: string, indent = ""): string {
	let longest = 0;
	for (const run of code.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
	const fence = "`".repeat(Math.max(3, longest + 1));
	return `${fence}${language}\n${code.replace(/\n[ \t]+$/, "")}\n${indent}${fence}`;
}
