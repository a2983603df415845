// markdown-it-container ships no types: a markdown-it plugin taking a container's name and its options.
declare module "markdown-it-container" {
	import type { MarkdownIt, Token } from "markdown-it";

	export interface ContainerOptions {
		/** Whether the text after the opening fence starts a container of this plugin. */
		validate?(params: string, markup: string): boolean;
		/** The HTML of an opening (`nesting` 1) or closing (`nesting` -1) token. */
		render?(tokens: Token[], index: number): string;
		marker?: string;
	}

	const container: (md: MarkdownIt, name: string, options?: ContainerOptions) => void;
	export default container;
}
