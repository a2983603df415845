import { diffLines } from "diff";
import type { ArticleExplanation } from "../explain/explain-article.js";
import { escapeControls } from "./escape-controls.js";

// One block element per line, so a line diff shows which paragraph a rule touched.
const BLOCK_START_RE = /(?=<(?:p|div|br|li|ul|ol|h[1-6]|figure|pre|blockquote|table|tr|section|article|hr|img)\b)/gi;

function toLines(html: string): string {
	return `${html
		.replace(BLOCK_START_RE, "\n")
		.replace(/\n{2,}/g, "\n")
		.trim()}\n`;
}

function shorten(text: string): string {
	return text.length <= 80 ? text : `${text.slice(0, 77)}…`;
}

/** Human-readable `--explain` output: each rule that fired, with the lines it removed (-) and added (+). */
export function formatExplanation(explanation: ArticleExplanation): string {
	const out: string[] = [
		`${escapeControls(explanation.file)}: ${explanation.steps.length} cleaning rule(s) changed the body`,
	];
	for (const step of explanation.steps) {
		out.push("", `── ${step.rule} (${explanation.hits[step.rule] ?? 0} change(s))`);
		// Each whole block a rule removed, with why: the diff below shows the markup.
		for (const removal of step.removals) out.push(`  removed "${shorten(removal.text)}": ${removal.reason}`);
		for (const part of diffLines(toLines(step.before), toLines(step.after))) {
			if (!part.added && !part.removed) continue;
			const mark = part.added ? "+ " : "- ";
			for (const line of part.value.replace(/\n$/, "").split("\n")) out.push(`${mark}${escapeControls(line)}`);
		}
	}
	if (explanation.notice !== undefined)
		out.push("", `rights notice moved out of the body: ${escapeControls(explanation.notice)}`);
	if (explanation.sourceUrl !== undefined)
		out.push(`source link moved out of the body: ${escapeControls(explanation.sourceUrl)}`);
	return out.join("\n");
}
