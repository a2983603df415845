import type { MarkdownIt } from "markdown-it";

// GFM task lists (`- [x] fix the pier`, `- [ ] paint the boat`), which Hugo (goldmark) and Jekyll (kramdown's GFM
// input) render as checkboxes: a feed reader drops form controls, and a feed showed the Markdown marker. The state
// is written as a ballot box instead, "☑ fix the pier", "☐ paint the boat". Only the start of a list item's first
// paragraph, followed by the task's text, is a marker.
const TASK_RE = /^\[([ xX])\][ \t]+(?=\S)/;

/** Adds the rule to a markdown-it instance. */
export function markTaskLists(md: MarkdownIt): void {
	md.core.ruler.after("inline", "mark_task_lists", (state) => {
		const { tokens } = state;
		for (let index = 2; index < tokens.length; index++) {
			const first = tokens[index]?.children?.[0];
			if (first?.type !== "text" || tokens[index - 1]?.type !== "paragraph_open") continue;
			if (tokens[index - 2]?.type !== "list_item_open") continue;
			const match = TASK_RE.exec(first.content);
			if (match !== null) first.content = `${match[1] === " " ? "☐" : "☑"} ${first.content.slice(match[0].length)}`;
		}
	});
}
