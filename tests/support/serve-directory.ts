import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { basename, extname, join } from "node:path";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
	".xml": "application/xml; charset=utf-8",
	".json": "application/feed+json; charset=utf-8",
};

/** A local HTTP server for one folder's files; `close` stops it. */
export interface ServedDirectory {
	/** Base URL ending in `/`, e.g. `http://127.0.0.1:41234/`. */
	readonly url: string;
	readonly close: () => Promise<void>;
}

/** Serves the files directly inside `dir` on 127.0.0.1 at a free port (no subfolders, no listing). */
export async function serveDirectory(dir: string): Promise<ServedDirectory> {
	const server = createServer((request, response) => {
		const name = basename(decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname));
		readFile(join(dir, name)).then(
			(body) => {
				const type = CONTENT_TYPES[extname(name)] ?? "application/octet-stream";
				response
					.writeHead(200, {
						"content-type": type,
						"content-length": body.length,
					})
					.end(body);
			},
			() => response.writeHead(404).end(),
		);
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error === undefined ? resolve() : reject(error)));
			}),
	};
}
