/**
 * Code as a fenced block (CommonMark §4.5) in `language`: the fence is longer than any run of backticks in the code,
 * so the code cannot close it. Jekyll's `{% highlight %}` and Hugo's `highlight` shortcode both become one.
 */
export function fenceCode(language: string, code: string): string {
	let longest = 0;
	for (const run of code.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
	const fence = "`".repeat(Math.max(3, longest + 1));
	return `${fence}${language}\n${code}\n${fence}`;
}
