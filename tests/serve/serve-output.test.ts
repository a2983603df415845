import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from "node:fs/promises";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOutputHandler } from "../../src/serve/serve-output.js";

const SECRET = "secret-outside-the-output-folder";
const RSS = `<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet type="text/xsl" href="feed.xsl"?>\n<rss version="2.0"><channel><title>News</title>${"<item><title>Story</title></item>".repeat(30)}</channel></rss>\n`;
const ATOM = `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title></feed>\n`;
const JSON_FEED = `${JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "News", items: [] }, null, 2)}\n`;

const INDEX_HTML = '<!doctype html>\n<html lang="en"><title>Feeds</title><h1>Feeds of News</h1></html>\n';
// What Chromium sends when a person opens a URL, and what feed readers send.
const BROWSER_ACCEPT =
	"text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
const READER_ACCEPT =
	"application/rss+xml, application/rdf+xml;q=0.8, application/atom+xml;q=0.6, application/xml;q=0.4, text/xml;q=0.4";

let root: string;
let server: Server;
let port: number;

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), "wirefeed-serve-"));
	const out = join(root, "out");
	await mkdir(join(out, "archive"), { recursive: true });
	await writeFile(join(root, "secret.txt"), SECRET);
	await writeFile(join(out, "rss.xml"), RSS);
	await writeFile(join(out, "atom.xml"), ATOM);
	await writeFile(join(out, "feed.json"), JSON_FEED);
	await writeFile(join(out, "feeds.opml"), '<?xml version="1.0"?>\n<opml version="2.0"><body/></opml>\n');
	await writeFile(join(out, "archive", "rss-1-0123456789.xml"), RSS);
	await mkdir(join(out, "site"));
	await writeFile(join(out, "site", "index.html"), INDEX_HTML);
	await writeFile(join(out, ".wirefeed.lock"), "lock");
	await symlink(join(root, "secret.txt"), join(out, "link-out.xml"));
	await symlink(root, join(out, "dir-link"));
	server = createServer((req, res) => void createOutputHandler(out)(req, res));
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise<void>((resolve) => server.close(() => resolve()));
	await rm(root, { recursive: true, force: true });
});

interface Answer {
	readonly status: number;
	readonly headers: Record<string, string | string[] | undefined>;
	readonly body: Buffer;
}

/** One request with the path sent exactly as written (fetch would resolve `..` before sending). */
function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const req = httpRequest({ host: "127.0.0.1", port, path, method, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on("data", (chunk: Buffer) => chunks.push(chunk));
			res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on("error", reject);
		req.end();
	});
}

describe("wirefeed serve: content types", () => {
	it.each([
		["/rss.xml", "application/rss+xml; charset=utf-8"],
		["/atom.xml", "application/atom+xml; charset=utf-8"],
		["/feed.json", "application/feed+json; charset=utf-8"],
		["/feeds.opml", "text/x-opml; charset=utf-8"],
		["/archive/rss-1-0123456789.xml", "application/rss+xml; charset=utf-8"],
		["/", "text/html; charset=utf-8"],
	])("%s is %s", async (path, type) => {
		const answer = await get(path);
		expect(answer.status).toBe(200);
		expect(answer.headers["content-type"]).toBe(type);
		expect(answer.headers["x-content-type-options"]).toBe("nosniff");
	});

	it("the index lists the files and folders, never dot files", async () => {
		const html = (await get("/")).body.toString();
		for (const name of ["rss.xml", "atom.xml", "feed.json", "feeds.opml", "archive/"])
			expect(html).toContain(`>${name}<`);
		expect(html).not.toContain(".wirefeed.lock");
		expect((await get("/archive/")).body.toString()).toContain('href="/archive/rss-1-0123456789.xml"');
	});

	it("a folder with an index.html serves that page, as a web server does", async () => {
		const answer = await get("/site/");
		expect(answer.status).toBe(200);
		expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
		expect(answer.body.toString()).toBe(INDEX_HTML);
	});

	it.each([
		["/rss.xml", "application/rss+xml; charset=utf-8"],
		["/atom.xml", "application/atom+xml; charset=utf-8"],
	])(
		"a browser opening %s gets application/xml, so the feed's stylesheet applies; a reader gets %s",
		async (path, type) => {
			const browser = await get(path, { accept: BROWSER_ACCEPT });
			const reader = await get(path, { accept: READER_ACCEPT });
			expect(browser.headers["content-type"]).toBe("application/xml; charset=utf-8");
			expect(reader.headers["content-type"]).toBe(type);
			expect((await get(path, { accept: "*/*" })).headers["content-type"]).toBe(type);
			expect(browser.body.equals(reader.body)).toBe(true);
			// Two representations: caches must key them by Accept, and their validators differ.
			expect(browser.headers.vary).toContain("Accept");
			expect(browser.headers.etag).not.toBe(reader.headers.etag);
			const again = await get(path, { accept: BROWSER_ACCEPT, "if-none-match": String(browser.headers.etag) });
			expect(again.status).toBe(304);
		},
	);

	it("a JSON Feed is application/feed+json whoever asks", async () => {
		const answer = await get("/feed.json", { accept: BROWSER_ACCEPT });
		expect(answer.headers["content-type"]).toBe("application/feed+json; charset=utf-8");
	});
});

describe("wirefeed serve: conditional GET (RFC 9110 §13)", () => {
	it("sends a strong ETag and Last-Modified, and 304 without a body for either validator", async () => {
		const first = await get("/atom.xml");
		const etag = String(first.headers.etag);
		expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
		expect(first.body.toString()).toBe(ATOM);
		const lastModified = String(first.headers["last-modified"]);
		expect(Date.parse(lastModified)).not.toBeNaN();

		const byEtag = await get("/atom.xml", { "if-none-match": etag });
		expect(byEtag.status).toBe(304);
		expect(byEtag.body.length).toBe(0);
		expect(byEtag.headers.etag).toBe(etag);
		expect((await get("/atom.xml", { "if-none-match": `"other", W/${etag}` })).status).toBe(304);
		expect((await get("/atom.xml", { "if-modified-since": lastModified })).status).toBe(304);
		expect((await get("/atom.xml", { "if-none-match": '"other"' })).status).toBe(200);
		// If-None-Match wins over If-Modified-Since (§13.2.2).
		expect((await get("/atom.xml", { "if-none-match": '"other"', "if-modified-since": lastModified })).status).toBe(
			200,
		);
		expect((await get("/atom.xml", { "if-modified-since": "Thu, 01 Jan 1970 00:00:00 GMT" })).status).toBe(200);
	});

	it("a rewritten file gets a new ETag and is sent again", async () => {
		const path = join(root, "out", "feed.json");
		const before = await get("/feed.json");
		await writeFile(path, JSON_FEED.replace('"News"', '"News, edited"'));
		const later = new Date(Date.now() + 5000);
		await utimes(path, later, later);
		const after = await get("/feed.json", { "if-none-match": String(before.headers.etag) });
		expect(after.status).toBe(200);
		expect(after.headers.etag).not.toBe(before.headers.etag);
		expect(after.body.toString()).toContain("News, edited");
	});

	it("HEAD answers the headers of GET without the body", async () => {
		const head = await get("/rss.xml", {}, "HEAD");
		expect(head.status).toBe(200);
		expect(head.body.length).toBe(0);
		expect(Number(head.headers["content-length"])).toBe(Buffer.byteLength(RSS));
	});

	it("other methods are 405 with Allow", async () => {
		const post = await get("/rss.xml", {}, "POST");
		expect(post.status).toBe(405);
		expect(post.headers.allow).toBe("GET, HEAD");
	});
});

describe("wirefeed serve: compression", () => {
	it.each([
		["br", "br", brotliDecompressSync],
		["gzip, deflate", "gzip", gunzipSync],
		["gzip;q=1, br;q=0.5", "gzip", gunzipSync],
		["br;q=0, gzip", "gzip", gunzipSync],
		["*", "br", brotliDecompressSync],
	] as const)("Accept-Encoding: %s gives %s", async (accept, encoding, decode) => {
		const answer = await get("/rss.xml", { "accept-encoding": accept });
		expect(answer.headers["content-encoding"]).toBe(encoding);
		expect(String(answer.headers.vary).split(", ")).toContain("Accept-Encoding");
		expect(decode(answer.body).toString()).toBe(RSS);
		expect(answer.body.length).toBeLessThan(Buffer.byteLength(RSS));
	});

	it.each(["", "identity", "br;q=0, gzip;q=0"])("Accept-Encoding: '%s' gives the file as it is", async (accept) => {
		const answer = await get("/rss.xml", accept === "" ? {} : { "accept-encoding": accept });
		expect(answer.headers["content-encoding"]).toBeUndefined();
		expect(answer.body.toString()).toBe(RSS);
	});

	it("each encoding is its own representation with its own strong ETag, and revalidates as such", async () => {
		const plain = await get("/rss.xml");
		const br = await get("/rss.xml", { "accept-encoding": "br" });
		const gzip = await get("/rss.xml", { "accept-encoding": "gzip" });
		expect(new Set([plain.headers.etag, br.headers.etag, gzip.headers.etag]).size).toBe(3);
		const again = await get("/rss.xml", { "accept-encoding": "br", "if-none-match": String(br.headers.etag) });
		expect(again.status).toBe(304);
		expect(again.headers["content-encoding"]).toBe("br");
	});
});

describe("wirefeed serve: never a file outside the output folder", () => {
	it.each([
		"/../secret.txt",
		"/%2e%2e/secret.txt",
		"/%2E%2E/%2E%2E/secret.txt",
		"/..%2fsecret.txt",
		"/archive/..%2f..%2fsecret.txt",
		"/..%5csecret.txt",
		"/archive/%2e%2e%2f%2e%2e%2fsecret.txt",
		"//secret.txt",
		"/link-out.xml",
		"/dir-link/secret.txt",
		"/dir-link/",
		"/.wirefeed.lock",
		"/%2ewirefeed.lock",
		"/rss.xml%00.txt",
		"/%E0%A4%A",
		`/${"../".repeat(20)}etc/passwd`,
		"/C:%5cWindows%5cwin.ini",
	])("%s", async (path) => {
		const answer = await get(path);
		expect(answer.status).toBe(404);
		expect(answer.body.toString()).not.toContain(SECRET);
		expect(answer.body.toString()).not.toContain("root:");
	});
});
