// markdown-it-emoji ships no types: markdown-it plugins taking the emoji definitions and shortcuts to read.
declare module "markdown-it-emoji" {
	import type { PluginWithOptions } from "markdown-it";

	export interface EmojiOptions {
		/** Emoji by name, without colons (`smile`: "😄"). */
		readonly defs?: Readonly<Record<string, string>>;
		/** Text smileys read as an emoji name (`smile`: [":)"]). */
		readonly shortcuts?: Readonly<Record<string, string | readonly string[]>>;
		/** The names read, all when empty. */
		readonly enabled?: readonly string[];
	}

	export const full: PluginWithOptions<EmojiOptions>;
}
