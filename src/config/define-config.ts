import type { WirefeedConfig } from "./wirefeed-config.js";

/**
 * Returns the config it is given. Its only use is its type: an object written inside `defineConfig({ … })` is
 * completed and checked by the editor (and by `tsc`) key by key.
 */
export function defineConfig(config: WirefeedConfig): WirefeedConfig {
	return config;
}
