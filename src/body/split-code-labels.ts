import type { MarkdownIt } from "markdown-it";

// Tutorials converted from a site's rendered pages back to Markdown (DigitalOcean's community tutorials) keep, in
// their indented code blocks, the labels the site drew on them: the "Output" label glued to the first line of the
// output ("OutputID Name Status", "Outputgo version go1.7.4"), a secondary label naming what ran, glued the same way
// ("Output of src/all.bashALL TESTS PASSED", "Output of docker psCONTAINER ID"), and the `[environment]` line that
// coloured the block.
// The label goes on a line of its own and the colour line goes; nothing else of the block changes. Only indented
// blocks, which is how these exports write code: a fenced block is written by hand, as it is meant.
// Glued to a letter, a digit or an elision; "Output: x" is a line of its own (an algorithm's, a program's).
const GLUED_OUTPUT_RE = /^Output(?=[\p{L}\p{N}]|\.\.\.)/u;
// What a first line of code that starts with "Output" looks like: a declaration (`OutputStream out = …`), a member
// or a call (`Output.print(x)`, `Output(x)`), an assignment. "Output..." is the label and an elision.
const CODE_LIKE_RE = /^Output\w*(?:<[^>\n]*>)?\s+\w+\s*(?:[=;(]|$)|^Output\w*\s*(?:\.(?!\.\.)|\(|=)/;
// "Output of <what ran>" glued to output that starts with a capital: the label ends at the first lower-case letter,
// digit or bracket before a capital, and names a file, a path or a command ("src/all.bash", "docker ps"), so a
// function in camel case ("Output of getUserName() is cached.") stays as it is.
const GLUED_SECONDARY_RE = /^(Output of (?=\S)[^\n]*?[\p{Ll}\p{N}\])])(?=\p{Lu})/u;
const NAMES_WHAT_RAN_RE = /[./ ]/;
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
	return lines.map((line, index) => (index === 0 || lines[index - 1] === "" ? splitLabel(line) : line)).join("\n");
}

/** The line with a glued Output label on a line of its own, or as it is. */
function splitLabel(line: string): string {
	const secondary = GLUED_SECONDARY_RE.exec(line)?.[1];
	if (secondary !== undefined && NAMES_WHAT_RAN_RE.test(secondary.slice("Output of ".length))) {
		return `${secondary}\n${line.slice(secondary.length)}`;
	}
	return GLUED_OUTPUT_RE.test(line) && !CODE_LIKE_RE.test(line) ? `Output\n${line.slice("Output".length)}` : line;
}
