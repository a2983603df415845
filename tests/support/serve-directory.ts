import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

// What a static host sends for each of wirefeed's outputs. XML goes out as application/xml, as Apache, nginx (text/xml)
// and GitHub Pages serve .xml: a browser shows it (styled by feed.css), where application/rss+xml may be downloaded.
const CONTENT_TYPES: Readonly<Record<string, string>> = {
	".xml": "application/xml; charset=utf-8",
	".json": "application/feed+json; charset=utf-8",
	".html": "text/html; charset=utf-8",
	".css": "text/css; charset=utf-8",
	".opml": "text/x-opml; charset=utf-8",
};

/** A local HTTP server for one folder's files; `close` stops it. */
export interface ServedDirectory {
	/** Base URL ending in `/`, e.g. `http://127.0.0.1:41234/`. */
	readonly url: string;
	/** Every path requested, in order (`/rss.xml`), for tests that check what a client fetched. */
	readonly requests: readonly string[];
	readonly close: () => Promise<void>;
}

/**
 * Serves the files of `dir` and its subfolders on 127.0.0.1 at a free port, as a static host would: `/` and folder
 * paths give their `index.html`, anything outside `dir` or missing is a 404, nothing is listed.
 */
export async function serveDirectory(dir: string): Promise<ServedDirectory> {
	const root = resolve(dir);
	const requests: string[] = [];
	const server = createServer((request, response) => {
		const raw = new URL(request.url ?? "/", "http://localhost").pathname;
		requests.push(raw);
		const pathname = safeDecode(raw);
		const path = pathname === undefined ? undefined : resolve(join(root, pathname));
		if (path === undefined || (path !== root && !path.startsWith(root + sep))) {
			response.writeHead(404).end();
			return;
		}
		readServed(path).then(
			({ body, file }) => {
				const type = CONTENT_TYPES[extname(file)] ?? "application/octet-stream";
				response.writeHead(200, { "content-type": type, "content-length": body.length }).end(body);
			},
			() => response.writeHead(404).end(),
		);
	});
	await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		requests,
		close: () =>
			new Promise<void>((done, reject) => {
				server.closeAllConnections();
				server.close((error) => (error === undefined ? done() : reject(error)));
			}),
	};
}

async function readServed(path: string): Promise<{ body: Buffer; file: string }> {
	const file = (await stat(path)).isDirectory() ? join(path, "index.html") : path;
	return { body: await readFile(file), file };
}

function safeDecode(pathname: string): string | undefined {
	try {
		return decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
}
