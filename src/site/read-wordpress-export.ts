import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { SettingsCollector } from "./collect-settings.js";
import type { DetectedSite } from "./detected-site.js";
import { siteFrom } from "./site-from.js";

// Keys only WordPress exporters write (wpghs, WP-CLI, jekyll-import's `wordpress_id`).
const WORDPRESS_KEY_RE = /^(?:post_title|post_date|post_date_gmt|post_status|post_name|wordpress_id|wp_id)\s*:/m;
const LINK_RE = /^(?:permalink|link|guid|wordpress_url)\s*:\s*(?:[>|][-+]?[ \t]*\n\s*)?["']?(https?:\/\/[^/\s"']+)/m;

/**
 * A WordPress export: a folder (or its `_posts`) whose first article's front matter has WordPress keys. Returns the
 * folder of the posts and the head of that article (for the site URL), or undefined.
 */
export function findWordPressExport(root: string): { readonly dir: string; readonly head: string } | undefined {
	for (const dir of [join(root, "_posts"), join(root, "posts"), root]) {
		if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
		const first = readdirSync(dir)
			.filter((name) => /\.(?:md|markdown|html?)$/i.test(name) && !name.startsWith("."))
			.sort()[0];
		if (first === undefined) continue;
		const head = readHead(join(dir, first));
		if (WORDPRESS_KEY_RE.test(head)) return { dir, head };
	}
	return undefined;
}

/**
 * Reads a WordPress export folder: its posts' `post_status`, `post_name`, `post_date_gmt` and `guid` are the rules;
 * the site URL is the origin of the first post's permalink, since an export has no site config.
 */
export function readWordPressExport(
	root: string,
	found: { readonly dir: string; readonly head: string },
	cwd: string,
): DetectedSite {
	const collector = new SettingsCollector(root, cwd);
	const origin = LINK_RE.exec(found.head)?.[1];
	if (origin !== undefined) collector.set("url", `${origin}/`, "the permalink of the first exported post");
	else
		collector.note(
			"warning",
			"site/missing-url",
			'the export gives no site URL; set "url" in the wirefeed config',
			".",
		);
	return siteFrom(collector, {
		generator: "wordpress",
		articlesDir: found.dir,
		contentRoot: found.dir,
		origins: { articles: found.dir === root ? "." : (found.dir.split(/[\\/]/).at(-1) ?? ".") },
	});
}

function readHead(path: string): string {
	const buffer = Buffer.alloc(4096);
	let fd: number | undefined;
	try {
		fd = openSync(path, "r");
		const length = readSync(fd, buffer, 0, buffer.length, 0);
		return buffer.subarray(0, length).toString("utf8");
	} catch {
		return "";
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}
