import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";
import { escapeControls } from "../report/escape-controls.js";
import { mayHoldSite } from "./may-hold-site.js";

/**
 * The error for `--site DIR` where no site is: it names the folder, and a subfolder that looks like a site's root
 * (a theme's `exampleSite/`, a monorepo's `docs/`) when there is one, so the next command is right.
 */
export function missingSite(dir: string, cwd: string): Diagnostic {
	const root = resolve(cwd, dir);
	if (!existsSync(root)) {
		return createDiagnostic("error", "site/not-found", "no such folder; pass the site's root folder to --site", {
			file: dir,
		});
	}
	const candidates = sitesBelow(root);
	const hint =
		candidates.length > 0
			? `${candidates.map((name) => join(dir, name)).join(", ")} looks like one: pass --site ${join(dir, candidates[0] ?? "")}`
			: "pass the site's root folder, or --articles DIR with a wirefeed config";
	return createDiagnostic(
		"error",
		"site/not-found",
		`no Hugo, Jekyll, Zola, Astro or Eleventy site (or WordPress export) here: none of their config files or _posts/; ${escapeControls(hint)}`,
		{ file: dir },
	);
}

/** The subfolders of `root` that look like a site's root (a theme's `exampleSite/`, a monorepo's `docs/`), sorted. */
export function sitesBelow(root: string): string[] {
	return subfolders(root).filter((name) => mayHoldSite(join(root, name)));
}

function subfolders(root: string): string[] {
	try {
		return readdirSync(root, { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && !entry.name.startsWith(".") && entry.name !== "node_modules")
			.map((entry) => entry.name)
			.sort();
	} catch {
		return [];
	}
}
