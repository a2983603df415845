import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SYSTEM_PYTHON } from "./require-reader.js";
import { runCommand } from "./run-command.js";
import { serveDirectory } from "./serve-directory.js";

/** One row of newsboat's `rss_item` cache table. */
export interface NewsboatItem {
	readonly title: string;
	readonly guid: string;
	readonly url: string;
	readonly feedurl: string;
	/** The enclosure newsboat would hand to its podcast downloader; empty when none. */
	readonly enclosure_url: string;
}

// Print only what the tests compare, in the order newsboat stored the items.
const QUERY_SCRIPT = `
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
keys = ["title", "guid", "url", "feedurl", "enclosure_url"]
rows = db.execute("SELECT " + ", ".join(keys) + " FROM rss_item ORDER BY id").fetchall()
print(json.dumps([dict(zip(keys, row)) for row in rows]))
`;

/**
 * Fetches `dir/file` over HTTP with newsboat, headless (`-x reload`), in a throwaway HOME and cache, and returns
 * the items it stored (none is an error). One feed per cache: newsboat keys items by guid alone, so RSS and Atom would merge.
 */
export async function readWithNewsboat(dir: string, file: string): Promise<NewsboatItem[]> {
	const home = await mkdtemp(join(tmpdir(), "wirefeed-newsboat-"));
	const server = await serveDirectory(dir);
	try {
		const feedUrl = new URL(file, server.url).href;
		const urls = join(home, "urls");
		const config = join(home, "config");
		const cache = join(home, "cache.db");
		const log = join(home, "newsboat.log");
		await writeFile(urls, `${feedUrl}\n`);
		await writeFile(config, "download-timeout 30\nreload-threads 1\nmax-items 0\n");
		const run = await runCommand(
			"newsboat",
			["-x", "reload", "-u", urls, "-c", cache, "-C", config, "-l", "3", "-d", log],
			{ env: { ...process.env, HOME: home }, timeout: 60_000 },
		);
		if (run.code !== 0) {
			throw new Error(`newsboat exited ${run.code ?? run.signal} on ${feedUrl}:\n${run.stdout}${run.stderr}`);
		}
		const query = await runCommand(SYSTEM_PYTHON, ["-c", QUERY_SCRIPT, cache], {
			timeout: 30_000,
		});
		if (query.code !== 0) throw new Error(`reading newsboat's cache failed:\n${query.stderr}`);
		const items = JSON.parse(query.stdout) as NewsboatItem[];
		if (items.length === 0) {
			// newsboat exits 0 even when a download or parse failed; its log says why.
			const errors = (await readFile(log, "utf8").catch(() => "")).split("\n").filter((line) => /ERROR/.test(line));
			throw new Error(`newsboat stored no items from ${feedUrl}:\n${errors.join("\n")}`);
		}
		return items;
	} finally {
		await server.close();
		await rm(home, { recursive: true, force: true });
	}
}
