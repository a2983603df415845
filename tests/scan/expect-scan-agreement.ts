import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect } from "vitest";
import { parseArticle } from "../../src/article/parse-article.js";
import { scanArticleFacts } from "../../src/scan/scan-article-facts.js";
import { makeConfig, makeSource } from "../factories.js";

const config = makeConfig({ timezone: "Europe/Vilnius" });

/**
 * Scans every article under `roots` and, whenever the scanner answers, expects the full parser's facts: selection
 * must not depend on which ran. Returns how many articles the scanner answered for, so a caller can tell the
 * comparison was not vacuous.
 */
export function expectScanAgreement(roots: readonly string[]): number {
	let scanned = 0;
	for (const root of roots) {
		for (const path of listFiles(root)) {
			const source = makeSource(relative(root, path), readFileSync(path, "utf8"), formatOf(path));
			const facts = scanArticleFacts(source, config);
			if (facts === undefined) continue;
			scanned++;
			const { article } = parseArticle(source, config);
			expect(article, path).toBeDefined();
			expect(facts, path).toEqual({
				file: article?.file,
				relPath: article?.relPath,
				id: article?.id,
				link: article?.link,
				published: article?.published,
				draft: article?.draft,
			});
		}
	}
	return scanned;
}

function listFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? listFiles(path) : /\.(md|markdown|html|txt)$/.test(name) ? [path] : [];
	});
}

function formatOf(path: string) {
	return path.endsWith(".txt") ? "text" : path.endsWith(".html") ? "html" : "markdown";
}
