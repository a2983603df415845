/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, expect, test } from "vitest";
import { createOutputHandler } from "../../src/serve/serve-output.js";
import { MANIFEST_NAME } from "../../src/write/write-documents.js";
import { NOW, REPO_ROOT } from "../support/build-feeds.js";
import { childrenNamed, childText, parseXml } from "../support/parse-xml.js";
import { CHROMIUM, describeWith } from "../support/require-reader.js";
import { runCommand } from "../support/run-command.js";
import { type ServedDirectory, serveDirectory } from "../support/serve-directory.js";
import { useBeforeAll } from "../support/use-before-all.js";

/** Screenshots of every page the suite opens (git-ignored); the README's picture is copied from here on request. */
const ARTEFACTS = join(REPO_ROOT, "tests/artifacts/browser");
/** `WIREFEED_DOCS_SCREENSHOT=1 npx vitest run tests/browser` refreshes the README's picture of the feed in a browser. */
const DOCS_SCREENSHOT = join(REPO_ROOT, "docs/images/feed-in-browser.png");

// What works for Debian's Chromium as root on a machine without a network: no sandbox (root), no GPU, and none of the
// background services that would try to reach the internet. A fresh, empty profile each run.
const CHROMIUM_ARGS = [
	"--headless",
	"--no-sandbox",
	"--disable-gpu",
	"--disable-quic",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
];

const AXE_SOURCE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface Site {
	readonly server: ServedDirectory;
	readonly context: BrowserContext;
	readonly outDir: string;
	readonly tmp: string;
}

describeWith([CHROMIUM], "the feeds in a real browser (Chromium, headless)", () => {
	// The sample articles built with topic feeds, served over HTTP on 127.0.0.1; the site's URL is the server's, so
	// every address on the pages (feed URLs, feed: links) points at files that exist.
	const site = useBeforeAll(async (): Promise<Site> => {
		const tmp = await mkdtemp(join(tmpdir(), "wirefeed-browser-"));
		const outDir = join(tmp, "out");
		await mkdir(outDir);
		await mkdir(ARTEFACTS, { recursive: true });
		const server = await serveDirectory(outDir);
		const packageJson = JSON.parse(await readFile(join(REPO_ROOT, "package.json"), "utf8"));
		const config = { ...packageJson.wirefeed, url: server.url, feeds: { categories: true, authors: true, min: 2 } };
		await writeFile(join(tmp, "site.json"), JSON.stringify(config));
		const built = await runCommand(
			process.execPath,
			[
				"bin/wirefeed.js",
				"build",
				"--articles",
				"tests/fixtures/site/articles",
				"--out",
				outDir,
				"--config",
				join(tmp, "site.json"),
				"--now",
				NOW,
				"--no-cache",
			],
			{ cwd: REPO_ROOT, timeout: 120_000 },
		);
		if (built.code !== 0) throw new Error(`build failed (${built.code}):\n${built.stderr}`);
		const context = await chromium.launchPersistentContext(join(tmp, "profile"), {
			executablePath: "/usr/bin/chromium",
			args: CHROMIUM_ARGS,
			viewport: { width: 1000, height: 900 },
		});
		return { server, context, outDir, tmp };
	}, 180_000);

	afterAll(async () => {
		let current: Site;
		try {
			current = site();
		} catch {
			return;
		}
		await current.context.close();
		await current.server.close();
		await rm(current.tmp, { recursive: true, force: true });
	});

	test.each([
		{ file: "rss.xml", name: "RSS" },
		{ file: "atom.xml", name: "Atom" },
	])(
		"$file opens as a styled page: title, what a feed is, each item's title, date and summary",
		async ({ file }) => {
			const page = await open(site(), file);
			try {
				const xml = await readFile(join(site().outDir, file), "utf8");
				const view = await readFeedView(page);
				// Not Chromium's raw XML tree, and no XSLT (which Chromium is removing, with a warning banner).
				expect(view.text).not.toContain("does not appear to have any style information");
				expect(view.text).not.toMatch(/XSLT/i);
				expect(view.stylesheets).toEqual(["text/css"]);
				expect(view.title).toEqual({ text: "wirefeed sample news", fontSize: "32px", display: "block" });
				expect(view.explanation).toContain("This is a web feed");
				expect(view.explanation).toContain("To subscribe, copy the address of this page");
				const expected = readExpectedItems(xml, file);
				expect(view.items).toEqual(expected);
				// What a person should not see: ids, links, full content and licensing markup stay hidden.
				expect(view.visibleHidden).toEqual([]);
				await page.screenshot({ path: join(ARTEFACTS, `${file}.png`) });
				if (file === "rss.xml" && process.env.WIREFEED_DOCS_SCREENSHOT === "1") {
					await copyFile(join(ARTEFACTS, `${file}.png`), DOCS_SCREENSHOT);
				}
			} finally {
				await page.close();
			}
		},
		60_000,
	);

	test("a category feed in its own folder finds the stylesheet two levels up", async () => {
		const page = await open(site(), "categories/belarus/rss.xml");
		try {
			const view = await readFeedView(page);
			expect(view.title.text).toBe("wirefeed sample news: Belarus");
			expect(view.title.fontSize).toBe("32px");
			expect(view.items.length).toBeGreaterThanOrEqual(2);
			await page.screenshot({ path: join(ARTEFACTS, "category-rss.xml.png") });
		} finally {
			await page.close();
		}
	}, 60_000);

	// `wirefeed serve` is the preview people open in a browser: its feeds must look as they will on a static host.
	test("through wirefeed serve, the feeds open styled and / is the subscriber page", async () => {
		const server = createServer((request, response) => void createOutputHandler(site().outDir)(request, response));
		await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
		const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
		const page = await site().context.newPage();
		try {
			for (const file of ["rss.xml", "atom.xml"]) {
				const response = await page.goto(new URL(file, base).href, { waitUntil: "load" });
				expect(response?.status()).toBe(200);
				const view = await readFeedView(page);
				expect(view.text).not.toContain("does not appear to have any style information");
				expect(view.stylesheets).toEqual(["text/css"]);
				expect(view.title.fontSize).toBe("32px");
				expect(view.items.length).toBeGreaterThan(0);
			}
			await page.goto(base, { waitUntil: "load" });
			expect(await page.locator('link[rel="alternate"]').count()).toBeGreaterThanOrEqual(3);
		} finally {
			await page.close();
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		}
	}, 60_000);

	test("index.html loads with no console error, no failed request and nothing from another host", async () => {
		const page = await site().context.newPage();
		const problems: string[] = [];
		const requested: string[] = [];
		page.on("console", (message) => {
			if (message.type() === "error" || message.type() === "warning")
				problems.push(`${message.type()}: ${message.text()}`);
		});
		page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
		page.on("requestfailed", (request) => problems.push(`failed: ${request.url()}`));
		page.on("request", (request) => requested.push(request.url()));
		try {
			await page.goto(site().server.url, { waitUntil: "load" });
			expect(problems).toEqual([]);
			expect(requested.filter((url) => !url.startsWith(site().server.url) && !url.startsWith("data:"))).toEqual([]);
			expect(await page.title()).toBe("wirefeed sample news: feeds");
			// The CSP lets the inline script run (the copy buttons show) and the inline style apply.
			expect(await page.locator("button[data-copy]:visible").count()).toBe(3);
			expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe("736px");
			await page.screenshot({ path: join(ARTEFACTS, "index.html.png"), fullPage: true });
		} finally {
			await page.close();
		}
	}, 60_000);

	test("every link on index.html resolves: feeds by path, by address and by feed: link, each what it claims", async () => {
		const page = await open(site(), "index.html");
		try {
			const links = await page.evaluate(() =>
				// The icon is an empty data: URL that only stops the request for /favicon.ico.
				[...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>("a[href], link[href]:not([rel=icon])")].map(
					(element) => ({
						href: element.href,
						type: element.getAttribute("type") ?? "",
						// Article pages and the site's home are the site's own pages, which wirefeed does not write.
						isSitePage: element.closest(".items, footer") !== null,
					}),
				),
			);
			const base = site().server.url;
			const sitePages = links.filter((link) => link.isSitePage);
			expect(sitePages.length).toBeGreaterThan(0);
			for (const link of sitePages) expect(link.href).toMatch(/^https?:\/\/[^/]+\//);
			const feedLinks = links.filter((link) => link.href.startsWith("feed:"));
			const local = links.filter((link) => !link.isSitePage && !link.href.startsWith("feed:"));
			expect(
				links.filter((link) => !link.isSitePage && !link.href.startsWith(base) && !link.href.startsWith("feed:")),
			).toEqual([]);
			// The feeds (site, category and author; RSS, Atom and JSON; as links and as autodiscovery tags): each is served
			// and is what its type says.
			const manifest = JSON.parse(await readFile(join(site().outDir, MANIFEST_NAME), "utf8")) as { files: string[] };
			const feeds = manifest.files.filter((path) => /\.(?:xml|json)$/.test(path)).sort();
			expect(feeds.length).toBeGreaterThanOrEqual(6);
			expect([...new Set(local.map((link) => link.href.slice(base.length)))].sort()).toEqual(feeds);
			for (const link of local) {
				const response = await page.request.get(link.href);
				expect(response.status(), link.href).toBe(200);
				const body = await response.text();
				if (link.type.includes("json"))
					expect(JSON.parse(body).version, link.href).toBe("https://jsonfeed.org/version/1.1");
				else if (link.type !== "") expect(body.startsWith("<?xml"), link.href).toBe(true);
			}
			// A feed: link names one of the addresses to copy, and each address is served.
			const addresses = await page
				.locator("input")
				.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
			expect(feedLinks.map((link) => `http:${link.href.slice("feed:".length)}`)).toEqual(addresses);
			for (const address of addresses) expect((await page.request.get(address)).status(), address).toBe(200);
		} finally {
			await page.close();
		}
	}, 120_000);

	test("a copy button puts the feed's address on the clipboard and says so", async () => {
		const context = site().context;
		await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site().server.url.slice(0, -1) });
		const page = await open(site(), "index.html");
		try {
			await page.getByRole("button", { name: "Copy the Atom address" }).click();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site().server.url}atom.xml`);
			expect(await page.locator(".status").textContent()).toBe(`Copied ${site().server.url}atom.xml`);
		} finally {
			await page.close();
		}
	}, 60_000);

	test("axe-core finds no accessibility violation on index.html", async () => {
		const page = await open(site(), "index.html");
		try {
			// Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
			await page.evaluate(await readFile(AXE_SOURCE, "utf8"));
			const violations = await page.evaluate(async () => {
				const axe = (
					window as unknown as {
						axe: { run: () => Promise<{ violations: { id: string; impact: string; help: string }[] }> };
					}
				).axe;
				return (await axe.run()).violations.map((v) => `${v.impact} ${v.id}: ${v.help}`);
			});
			expect(violations).toEqual([]);
		} finally {
			await page.close();
		}
	}, 60_000);
});

async function open(site: Site, path: string): Promise<Page> {
	const page = await site.context.newPage();
	const response = await page.goto(new URL(path, site.server.url).href, { waitUntil: "load" });
	if (response?.status() !== 200) throw new Error(`${path}: HTTP ${response?.status()}`);
	return page;
}

interface FeedView {
	readonly text: string;
	readonly stylesheets: readonly string[];
	readonly title: { readonly text: string; readonly fontSize: string; readonly display: string };
	readonly explanation: string;
	readonly items: readonly { readonly title: string; readonly date: string; readonly summary: string }[];
	/** Elements a person should not see that are nevertheless rendered. */
	readonly visibleHidden: readonly string[];
}

// What the styled XML shows, read from the rendered document: only elements with a box are visible.
async function readFeedView(page: Page): Promise<FeedView> {
	return page.evaluate(() => {
		const root = document.documentElement;
		const isShown = (element: Element | null | undefined) => element != null && element.getClientRects().length > 0;
		const child = (parent: Element, name: string) => [...parent.children].find((c) => c.localName === name);
		const container = root.localName === "rss" ? (child(root, "channel") ?? root) : root;
		const title = child(container, "title");
		const description = child(container, "description") ?? child(container, "subtitle");
		const itemName = root.localName === "rss" ? "item" : "entry";
		const items = [...container.children].filter((c) => c.localName === itemName);
		const stylesheets: string[] = [];
		for (const node of document.childNodes) {
			if (
				node.nodeType === Node.PROCESSING_INSTRUCTION_NODE &&
				(node as ProcessingInstruction).target === "xml-stylesheet"
			) {
				stylesheets.push(/type="([^"]+)"/.exec((node as ProcessingInstruction).data)?.[1] ?? "");
			}
		}
		const hiddenNames = [
			"link",
			"guid",
			"id",
			"encoded",
			"content",
			"rights",
			"category",
			"creator",
			"generator",
			"docs",
		];
		const visibleHidden = [...root.querySelectorAll("*")]
			.filter((element) => hiddenNames.includes(element.localName) && isShown(element))
			.map((element) => element.localName);
		const shownText = (parent: Element, names: readonly string[]) => {
			const element = names.map((name) => child(parent, name)).find((e) => e !== undefined);
			return isShown(element) ? (element?.textContent ?? "").trim() : "";
		};
		return {
			text: root.textContent ?? "",
			stylesheets,
			title: {
				text: (title?.textContent ?? "").trim(),
				fontSize: title ? getComputedStyle(title).fontSize : "",
				display: title ? getComputedStyle(title).display : "",
			},
			explanation: description ? getComputedStyle(description, "::after").content : "",
			items: items.filter(isShown).map((item) => ({
				title: shownText(item, ["title"]),
				date: shownText(item, ["pubDate", "published"]),
				summary: shownText(item, ["description", "summary"]).replace(/\s+/g, " "),
			})),
			visibleHidden,
		};
	});
}

// The items as the file has them: each one's title, date and summary should be on the page.
function readExpectedItems(xml: string, file: string): { title: string; date: string; summary: string }[] {
	const root = parseXml(xml);
	const parent = file === "rss.xml" ? (childrenNamed(root, "channel")[0] ?? root) : root;
	return childrenNamed(parent, file === "rss.xml" ? "item" : "entry").map((item) => ({
		title: childText(item, "title") ?? "",
		date: childText(item, file === "rss.xml" ? "pubDate" : "published") ?? "",
		summary: (childText(item, file === "rss.xml" ? "description" : "summary") ?? "").replace(/\s+/g, " "),
	}));
}
