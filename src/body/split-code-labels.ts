import type { MarkdownIt } from "markdown-it";

// Tutorials converted from a site's rendered pages back to Markdown (DigitalOcean's community tutorials) keep, in
// their indented code blocks, the labels the site drew on them: the "Output" label glued to the first line of the
// output ("OutputID Name Status", "Outputgo version go1.7.4"; "Output of x.shALL PASSED" cannot be told apart and
// stays) and the `[environment]` line that coloured the block.
// The label goes on a line of its own and the colour line goes; nothing else of the block changes. Only indented
// blocks, which is how these exports write code: a fenced block is written by hand, as it is meant.
// Glued to a letter, a digit or an elision; "Output: x" is a line of its own (an algorithm's, a program's).
const GLUED_OUTPUT_RE = /^Output(?=[\p{L}\p{N}]|\.\.\.)/u;
// What a first line of code that starts with "Output" looks like: a declaration (`OutputStream out = …`), a member
// or a call (`Output.print(x)`, `Output(x)`), an assignment. "Output..." is the label and an elision.
const CODE_LIKE_RE = /^Output\w*(?:<[^>\n]*>)?\s+\w+\s*(?:[=;(]|$)|^Output\w*\s*(?:\.(?!\.\.)|\(|=)/;
const ENVIRONMENT_RE = /^\[environment(?: (?:local|second|third|fourth|fifth))?\]$/;
// A line of an INI or TOML file: then `[environment]` is its section header.
const SETTING_RE = /^\s*[\w.-]+\s*[=:]/m;

/** Adds the rule to a markdown-it instance. */
export function splitCodeLabels(md: MarkdownIt): void {
	md.core.ruler.push("split_code_labels", (state) => {
		for (const token of state.tokens) {
			if (token.type === "code_block") token.content = splitLabels(token.content);
		}
	});
}

function splitLabels(code: string): string {
	const lines = code.split("\n");
	const first = lines[0] ?? "";
	if (ENVIRONMENT_RE.test(first) && !SETTING_RE.test(lines.slice(1).join("\n"))) return lines.slice(1).join("\n");
	// The output's label starts the block, or the part after a blank line (a command and its output, run together
	// into one indented block by the conversion).
	return lines
		.map((line, index) =>
			(index === 0 || lines[index - 1] === "") && GLUED_OUTPUT_RE.test(line) && !CODE_LIKE_RE.test(line)
				? `Output\n${line.slice("Output".length)}`
				: line,
		)
		.join("\n");
}
