import { existsSync } from "node:fs";
import { join } from "node:path";
import { SettingsCollector } from "./collect-settings.js";
import type { DetectedSite } from "./detected-site.js";
import { readDataFile, text } from "./read-data-file.js";
import { readPerson, siteFrom } from "./site-from.js";

/** The Zola config of a folder: `config.toml` (or `zola.toml`) with a `base_url`, which Hugo's never has. */
export function findZolaConfig(root: string): string | undefined {
	for (const name of ["zola.toml", "config.toml"]) {
		if (!existsSync(join(root, name))) continue;
		const read = readDataFile(join(root, name));
		if (read.ok && typeof read.data.base_url === "string") return name;
	}
	return undefined;
}

/**
 * Reads a Zola site: `base_url`, `title`, `description`, `default_language`, `author`; every page under `content/` is
 * a post, as in Zola's own feed. https://www.getzola.org/documentation/getting-started/configuration/
 */
export function readZolaSite(root: string, configFile: string, cwd: string): DetectedSite {
	const collector = new SettingsCollector(root, cwd);
	const read = collector.readData(configFile);
	const config = read.ok ? read.data : {};
	const at = (key: string) => `${configFile} ${key}`;
	collector.set("url", text(config.base_url), at("base_url"));
	collector.set("title", text(config.title), at("title"));
	collector.set("description", text(config.description), at("description"));
	collector.set("language", text(config.default_language), at("default_language"));
	collector.set("author", readPerson(config.author), at("author"));
	const contentRoot = join(root, "content");
	return siteFrom(collector, {
		generator: "zola",
		articlesDir: contentRoot,
		contentRoot,
		origins: { articles: "content" },
	});
}
