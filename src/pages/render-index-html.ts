import { createHash } from "node:crypto";
import type { FeedEntry } from "../serialize/feed-model.js";
import { itemLanguage } from "../serialize/item-language.js";
import { escapeXmlAttribute, escapeXmlText } from "../serialize/xml-markup.js";
import { stripForbiddenXmlChars } from "../serialize/xml-safe.js";
import { FEED_FORMAT_NAMES, type FeedFile, type PublishedFeed } from "./feed-directory.js";
import { renderHeadLinks } from "./render-head-links.js";

/** What the subscribe page shows. */
export interface IndexPage {
	readonly title: string;
	readonly description: string;
	readonly siteUrl: string;
	readonly language?: string;
	/** IANA zone the dates are shown in. */
	readonly timezone: string;
	/** Absolute URL of the site's icon, if configured. */
	readonly icon?: string;
	/** Every feed, the site's first. */
	readonly feeds: readonly PublishedFeed[];
	/** The site feed's items, newest first. */
	readonly items: readonly FeedEntry[];
}

/** How many of the newest items the page lists. */
const INDEX_ITEM_COUNT = 10;

/**
 * `index.html` for the output folder: a small page people land on when they follow a link to the feeds. It has an
 * autodiscovery `<link rel="alternate">` for every feed, each feed's address with a copy button and a `feed:` link
 * (which hands it to an installed reader), the newest items, and every category and author feed. Everything is inline
 * (no external asset, no tracking), and a Content-Security-Policy pins the one style and the one script by hash. The
 * copy buttons need no framework; without JavaScript they stay hidden and the addresses can be selected by hand.
 * Feed links are relative, so the page works wherever the folder is served. Pure: same input, same bytes.
 */
export function renderIndexHtml(page: IndexPage): string {
	const site = page.feeds.find((feed) => feed.kind === "site");
	const categories = page.feeds.filter((feed) => feed.kind === "category");
	const authors = page.feeds.filter((feed) => feed.kind === "author");
	const formatDate = new Intl.DateTimeFormat(page.language ?? "en", { dateStyle: "long", timeZone: page.timezone });
	const icon = page.icon ?? "data:,";
	const csp = [
		"default-src 'none'",
		`style-src '${hash(STYLE)}'`,
		`script-src '${hash(SCRIPT)}'`,
		// The icon, or an empty data: URL that stops the browser asking the server for /favicon.ico.
		`img-src ${page.icon === undefined ? "data:" : new URL(page.icon).origin}`,
		"base-uri 'none'",
		"form-action 'none'",
	].join("; ");
	const lines = [
		"<!doctype html>",
		`<html lang="${attr(page.language ?? "en")}">`,
		"<head>",
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">`,
		`<title>${text(`${page.title}: feeds`)}</title>`,
		`<meta name="description" content="${attr(page.description)}">`,
		`<link rel="icon" href="${attr(icon)}">`,
		...page.feeds.flatMap((feed) => renderHeadLinks(feed, (file) => file.path)),
		`<style>${STYLE}</style>`,
		"</head>",
		"<body>",
		"<header>",
		`<h1>${text(page.title)}</h1>`,
		`<p class="lead">${text(page.description)}</p>`,
		"</header>",
		"<main>",
		'<section aria-labelledby="subscribe">',
		'<h2 id="subscribe">Subscribe</h2>',
		"<p>A feed lists the newest articles; a feed reader app checks it for you and shows what is new. Copy an address into your reader, or open it with the reader installed on this device. Any of the three formats works: most readers take RSS or Atom.</p>",
		...(site === undefined ? [] : [renderAddresses(site)]),
		'<p class="status" role="status" aria-live="polite"></p>',
		"</section>",
		...renderItems(page, formatDate),
		...renderTopics("categories", "Categories", categories),
		...renderTopics("authors", "Authors", authors),
		"</main>",
		"<footer>",
		`<p><a href="${attr(page.siteUrl)}">${text(new URL(page.siteUrl).host)}</a> · feeds written by wirefeed</p>`,
		"</footer>",
		`<script>${SCRIPT}</script>`,
		"</body>",
		"</html>",
		"",
	];
	return lines.join("\n");
}

function renderAddresses(feed: PublishedFeed): string {
	const rows = feed.files.map((file) => {
		const id = `address-${file.format}`;
		const name = FEED_FORMAT_NAMES[file.format];
		return [
			'<li class="address">',
			`<label for="${id}">${text(name)}</label>`,
			`<input id="${id}" type="text" readonly value="${attr(file.url)}">`,
			`<button type="button" data-copy="${id}" aria-label="Copy the ${attr(name)} address" hidden>Copy</button>`,
			`<a href="${attr(toFeedScheme(file.url))}">Open in reader</a>`,
			`<a href="${attr(file.path)}">View</a>`,
			"</li>",
		].join("");
	});
	return `<ul class="addresses">\n${rows.join("\n")}\n</ul>`;
}

function renderItems(page: IndexPage, formatDate: Intl.DateTimeFormat): string[] {
	const items = page.items.slice(0, INDEX_ITEM_COUNT);
	if (items.length === 0) return [];
	return [
		'<section aria-labelledby="latest">',
		'<h2 id="latest">Latest articles</h2>',
		'<ol class="items">',
		...items.map((item) =>
			[
				// A title in Arabic or Hebrew runs right to left, whatever the page's language (dir="auto").
				`<li${languageAttribute(itemLanguage(item, page))} dir="auto">`,
				`<h3><a href="${attr(item.link)}">${text(item.title)}</a></h3>`,
				`<p class="date"><time datetime="${item.published.toISOString()}">${text(formatDate.format(item.published))}</time></p>`,
				item.summary === "" ? "" : `<p>${text(item.summary)}</p>`,
				"</li>",
			].join(""),
		),
		"</ol>",
		"</section>",
	];
}

function renderTopics(id: string, heading: string, feeds: readonly PublishedFeed[]): string[] {
	if (feeds.length === 0) return [];
	return [
		`<section aria-labelledby="${id}">`,
		`<h2 id="${id}">${heading}</h2>`,
		'<ul class="topics">',
		...feeds.map(
			(feed) =>
				`<li><span class="topic">${text(feed.name ?? feed.title)}</span> <span class="count">(${feed.itemCount} ${feed.itemCount === 1 ? "article" : "articles"})</span> ${feed.files.map((file) => topicLink(feed, file)).join(" · ")}</li>`,
		),
		"</ul>",
		"</section>",
	];
}

function topicLink(feed: PublishedFeed, file: FeedFile): string {
	return `<a href="${attr(file.path)}" aria-label="${attr(`${feed.name ?? feed.title}, ${FEED_FORMAT_NAMES[file.format]}`)}">${FEED_FORMAT_NAMES[file.format]}</a>`;
}

// The feed: scheme hands a feed to the reader registered for it. `feed://host/path` is the form every reader and the
// Nu Html Checker accept (`feed:https://…` fails validation); readers fetch it over http(s) and follow the redirect.
function toFeedScheme(url: string): string {
	return `feed:${url.slice(url.indexOf("//"))}`;
}

function text(value: string): string {
	return escapeXmlText(stripForbiddenXmlChars(value));
}

function attr(value: string): string {
	return escapeXmlAttribute(stripForbiddenXmlChars(value));
}

// CSP Level 3 §8.3: a hash source is the base64 SHA-256 of the element's text.
function hash(source: string): string {
	return `sha256-${createHash("sha256").update(source, "utf8").digest("base64")}`;
}

const STYLE = `
:root{color-scheme:light dark;--text:#1f2328;--muted:#57606a;--line:#d0d7de;--accent:#0b5cad;--card:#fff;--page:#f6f8fa}
@media (prefers-color-scheme:dark){:root{--text:#e6edf3;--muted:#9da7b3;--line:#30363d;--accent:#6cb6ff;--card:#161b22;--page:#0d1117}}
body{margin:0 auto;max-width:46rem;padding:2rem 1rem 3rem;background:var(--page);color:var(--text);font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
h1{font-size:2rem;line-height:1.2;margin:0 0 .5rem}
h2{font-size:1.3rem;margin:2rem 0 .75rem}
h3{font-size:1.1rem;margin:0}
a{color:var(--accent)}
.lead,.date,.count,footer{color:var(--muted)}
.addresses,.items,.topics{list-style:none;margin:0;padding:0}
.address{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;padding:.6rem 0;border-bottom:1px solid var(--line)}
.address label{min-width:6rem;font-weight:600}
.address input{flex:1 1 16rem;min-width:0;padding:.35rem .5rem;border:1px solid var(--muted);border-radius:4px;background:var(--card);color:var(--text);font:inherit;font-size:.9rem}
button{padding:.35rem .8rem;border:1px solid var(--accent);border-radius:4px;background:var(--accent);color:var(--card);font:inherit;font-size:.9rem;cursor:pointer}
button:focus-visible,a:focus-visible,input:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.items li{padding:1rem 1.1rem;margin:0 0 .75rem;border:1px solid var(--line);border-radius:8px;background:var(--card)}
.items p{margin:.3rem 0 0}
.topics li{padding:.3rem 0}
.topic{font-weight:600}
.status{min-height:1.5em;color:var(--muted)}
footer{margin-top:3rem;font-size:.9rem}
`;

// Progressive enhancement: the buttons are shown only where the script runs. The Clipboard API needs a secure context;
// elsewhere the address is selected and copied with the older execCommand.
const SCRIPT = `
for (const button of document.querySelectorAll("button[data-copy]")) {
	const input = document.getElementById(button.dataset.copy);
	const status = document.querySelector(".status");
	button.hidden = false;
	button.addEventListener("click", async () => {
		try {
			await navigator.clipboard.writeText(input.value);
		} catch {
			input.select();
			document.execCommand("copy");
		}
		status.textContent = "Copied " + input.value;
	});
}
`;

function languageAttribute(language: string | undefined): string {
	return language === undefined ? "" : ` lang="${attr(language)}"`;
}
