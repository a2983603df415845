// markdown-it-admon ships no types: a markdown-it plugin with an optional renderer of its tokens.
declare module "markdown-it-admon" {
	import type { MarkdownIt } from "markdown-it";

	const admonitions: (md: MarkdownIt) => void;
	export default admonitions;
}
