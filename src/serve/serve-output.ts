import { createHash } from "node:crypto";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Serves the files of one folder: what `wirefeed serve` answers for each request. */
export type OutputHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

const TYPES: Readonly<Record<string, string>> = {
	".json": "application/json",
	".opml": "text/x-opml",
	".xsl": "text/xsl",
	".xslt": "text/xsl",
	".css": "text/css",
	".html": "text/html",
	".txt": "text/plain",
	".png": "image/png",
	".jpg": "image/jpeg",
	".jpeg": "image/jpeg",
	".gif": "image/gif",
	".webp": "image/webp",
	".svg": "image/svg+xml",
	".ico": "image/x-icon",
};
const COMPRESSIBLE_RE = /^(?:text\/|application\/(?:[\w.+-]*\+)?(?:xml|json)|image\/svg\+xml)/;
// Below this, a compressed body is hardly smaller than its headers.
const MIN_COMPRESS_BYTES = 256;

/** One file as last read, with its validators and compressed forms, reused while size and mtime stay the same. */
interface Representation {
	readonly stamp: string;
	readonly type: string;
	readonly body: Buffer;
	readonly etag: string;
	readonly lastModified: Date;
	readonly encoded: Map<"br" | "gzip", Buffer>;
}

/**
 * Answers GET and HEAD requests with the files of `outDir`, as a preview of what a web server would send: feed types
 * (`application/rss+xml`, `application/atom+xml`, `application/feed+json`, `text/x-opml`), strong ETags and
 * Last-Modified with 304 answers (RFC 9110 §13), gzip or brotli when the client accepts them, a folder's
 * `index.html` (else a listing of the folder), and `application/xml` for a feed a browser opens, so its stylesheet
 * applies. Nothing outside `outDir` is ever read: `..`, encoded separators, dot files (the lock, temp files) and
 * symbolic links that lead out are all 404.
 */
export function createOutputHandler(outDir: string): OutputHandler {
	const files = new Map<string, Representation>();
	const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
		response.setHeader("x-content-type-options", "nosniff");
		if (request.method !== "GET" && request.method !== "HEAD") {
			response
				.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" })
				.end("GET or HEAD only\n");
			return;
		}
		const segments = readSegments(request.url ?? "/");
		if (segments === undefined) {
			notFound(response);
			return;
		}
		const root = await realpath(outDir).catch(() => undefined);
		if (root === undefined) {
			notFound(response, "nothing built yet\n");
			return;
		}
		let path = await realpath(join(root, ...segments)).catch(() => undefined);
		if (path === undefined || (path !== root && !path.startsWith(`${root}${sep}`))) {
			notFound(response);
			return;
		}
		let stats = await stat(path);
		if (stats.isDirectory()) {
			// As a web server does: a folder's index.html (the subscriber page) if it has one, else a listing.
			const index = await stat(join(path, "index.html")).catch(() => undefined);
			if (index?.isFile() !== true) {
				await sendIndex(request, response, path, segments);
				return;
			}
			path = join(path, "index.html");
			stats = index;
		}
		if (!stats.isFile()) {
			notFound(response);
			return;
		}
		const stamp = `${stats.size}:${stats.mtimeMs}:${stats.ino}`;
		let file = files.get(path);
		if (file?.stamp !== stamp) {
			const body = await readFile(path);
			file = {
				stamp,
				type: typeOf(path, body),
				body,
				etag: createHash("sha256").update(body).digest("base64url").slice(0, 27),
				lastModified: new Date(Math.floor(stats.mtimeMs / 1000) * 1000),
				encoded: new Map(),
			};
			files.set(path, file);
		}
		send(request, response, file);
	};
	return async (request, response) => {
		try {
			await answer(request, response);
		} catch {
			// A file replaced or removed by a build between the checks and the read: as if it were not there yet.
			if (!response.headersSent) notFound(response);
			else response.destroy();
		}
	};
}

/** The path's segments, decoded; undefined for anything that could leave the folder or name a hidden file. */
function readSegments(url: string): string[] | undefined {
	// The request target as sent (origin-form, RFC 9112 §3.2.1), not resolved as a URL: "//host/x" stays a path.
	if (!url.startsWith("/")) return undefined;
	const pathname = url.replace(/[?#].*$/s, "");
	const segments: string[] = [];
	for (const raw of pathname.split("/")) {
		if (raw === "") continue;
		let segment: string;
		try {
			segment = decodeURIComponent(raw);
		} catch {
			return undefined;
		}
		// `..` and `.`, plain or percent-encoded, separators and NUL smuggled in by encoding, and dot files: the lock and
		// temp files of the write stage are never served.
		if (segment.startsWith(".") || segment.includes("/") || segment.includes("\\") || segment.includes("\0")) {
			return undefined;
		}
		segments.push(segment);
	}
	return segments;
}

function send(request: IncomingMessage, response: ServerResponse, file: Representation): void {
	const encoding = COMPRESSIBLE_RE.test(file.type) ? chooseEncoding(request.headers["accept-encoding"]) : undefined;
	const body = encoding === undefined || file.body.length < MIN_COMPRESS_BYTES ? file.body : encode(file, encoding);
	const isEncoded = body !== file.body;
	const isXmlFeed = XML_FEED_TYPE_RE.test(file.type);
	// A browser opening a feed asks for HTML first. Chromium shows application/rss+xml and application/atom+xml as raw
	// source, but renders application/xml — what static hosts send for .xml — with the feed's CSS stylesheet. Readers
	// ask for feeds (or anything) and get the feed's own type.
	const isBrowserView = isXmlFeed && prefersHtml(request.headers.accept);
	const type = isBrowserView ? "application/xml; charset=utf-8" : file.type;
	// A strong ETag names one representation: the gzip and brotli bodies are other bytes, and the browser view another
	// type, so each gets its own.
	const etag = `"${file.etag}${isBrowserView ? "-xml" : ""}${isEncoded ? `-${encoding}` : ""}"`;
	const vary = [isXmlFeed && "Accept", COMPRESSIBLE_RE.test(file.type) && "Accept-Encoding"].filter(Boolean).join(", ");
	const headers: Record<string, string | number> = {
		"content-type": type,
		etag,
		"last-modified": file.lastModified.toUTCString(),
		// A preview: always ask whether the file changed, and get a 304 when it did not.
		"cache-control": "no-cache",
		...(vary !== "" && { vary }),
		...(isEncoded && encoding !== undefined && { "content-encoding": encoding }),
	};
	if (isNotModified(request, etag, file.lastModified)) {
		const { "content-type": _type, ...validators } = headers;
		response.writeHead(304, validators).end();
		return;
	}
	response.writeHead(200, { ...headers, "content-length": body.length });
	response.end(request.method === "HEAD" ? undefined : body);
}

const XML_FEED_TYPE_RE = /^application\/(?:rss|atom)\+xml/;

/**
 * True when the client prefers an HTML page to a feed (RFC 9110 §12.5.1): a browser's navigation (`text/html,
 * application/xhtml+xml,application/xml;q=0.9,…`), not a reader, which names feed types, accepts anything, or sends no Accept at all.
 */
function prefersHtml(accept: string | undefined): boolean {
	if (accept === undefined) return false;
	let html = 0;
	let feed = 0;
	for (const part of accept.split(",")) {
		const [range = "", ...params] = part.trim().toLowerCase().split(";");
		const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((value) => value !== undefined);
		const weight = q === undefined ? 1 : Number(q);
		if (range.trim() === "text/html") html = Math.max(html, weight);
		if (/^application\/(?:rss|atom)\+xml$/.test(range.trim())) feed = Math.max(feed, weight);
	}
	return html > 0 && html > feed;
}

// RFC 9110 §13.2.2: If-None-Match first; If-Modified-Since only when there is none.
function isNotModified(request: IncomingMessage, etag: string, lastModified: Date): boolean {
	const ifNoneMatch = request.headers["if-none-match"];
	if (ifNoneMatch !== undefined) {
		// §13.1.2: weak comparison, so W/"x" matches "x".
		const tags = ifNoneMatch.split(",").map((tag) => tag.trim().replace(/^W\//, ""));
		return tags.includes("*") || tags.includes(etag);
	}
	const since = Date.parse(request.headers["if-modified-since"] ?? "");
	return !Number.isNaN(since) && lastModified.getTime() <= since;
}

/** The best encoding the client accepts (RFC 9110 §12.5.3), brotli before gzip; undefined for none. */
function chooseEncoding(header: string | undefined): "br" | "gzip" | undefined {
	if (header === undefined) return undefined;
	const weights = new Map<string, number>();
	for (const part of header.split(",")) {
		const [name = "", ...params] = part.trim().toLowerCase().split(";");
		const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((value) => value !== undefined);
		weights.set(name.trim(), q === undefined ? 1 : Number(q));
	}
	const weight = (name: string) => weights.get(name) ?? weights.get("*") ?? 0;
	if (weight("br") > 0 && weight("br") >= weight("gzip")) return "br";
	if (weight("gzip") > 0) return "gzip";
	return undefined;
}

function encode(file: Representation, encoding: "br" | "gzip"): Buffer {
	let body = file.encoded.get(encoding);
	if (body === undefined) {
		body =
			encoding === "br"
				? brotliCompressSync(file.body, { params: { [constants.BROTLI_PARAM_SIZE_HINT]: file.body.length } })
				: gzipSync(file.body);
		file.encoded.set(encoding, body);
	}
	return body;
}

/** The media type, from the extension, and for `.xml` and `.json` from what the document is. */
function typeOf(path: string, body: Buffer): string {
	const extension = extname(path).toLowerCase();
	const head = body.subarray(0, 1024).toString("utf8");
	let type = TYPES[extension] ?? "application/octet-stream";
	if (extension === ".xml") {
		// The root element, past the declaration, processing instructions (a stylesheet) and comments.
		const root = /<(?![?!])([\w:.-]+)/.exec(head)?.[1];
		type = root === "rss" ? "application/rss+xml" : root === "feed" ? "application/atom+xml" : "application/xml";
	} else if (extension === ".json" && head.includes("jsonfeed.org/version/")) {
		type = "application/feed+json";
	}
	return COMPRESSIBLE_RE.test(type) ? `${type}; charset=utf-8` : type;
}

async function sendIndex(
	request: IncomingMessage,
	response: ServerResponse,
	dir: string,
	segments: readonly string[],
): Promise<void> {
	const base = segments.length === 0 ? "/" : `/${segments.map(encodeURIComponent).join("/")}/`;
	const entries = (await readdir(dir, { withFileTypes: true }))
		.filter((entry) => !entry.name.startsWith(".") && (entry.isFile() || entry.isDirectory()))
		.map((entry) => ({ name: entry.name, slash: entry.isDirectory() ? "/" : "" }))
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	const items = entries
		.map(
			({ name, slash }) =>
				`<li><a href="${base}${encodeURIComponent(name)}${slash}">${escapeHtml(name + slash)}</a></li>`,
		)
		.join("\n");
	const html = `<!doctype html>\n<meta charset="utf-8">\n<title>wirefeed: ${escapeHtml(base)}</title>\n<h1>${escapeHtml(base)}</h1>\n<ul>\n${items}\n</ul>\n`;
	const body = Buffer.from(html);
	response.writeHead(200, {
		"content-type": "text/html; charset=utf-8",
		"cache-control": "no-cache",
		"content-length": body.length,
	});
	response.end(request.method === "HEAD" ? undefined : body);
}

function notFound(response: ServerResponse, text = "not found\n"): void {
	response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(text);
}

function escapeHtml(text: string): string {
	return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}
