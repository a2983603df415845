/**
 * The stylesheet that the RSS and Atom documents name in `<?xml-stylesheet type="text/css"?>`, so a person who opens a
 * feed in a browser sees a page (the site's title, what a feed is and how to subscribe, each item's title, date and
 * summary) instead of "This XML file does not appear to have any style information". CSS, not XSLT: browsers are
 * removing XSLT (Chromium shows a deprecation banner), and CSS needs no script.
 *
 * CSS styles XML elements by name: without an `@namespace` default, a type selector matches its local name in any
 * namespace, so `entry` matches Atom's and `encoded` would match `content:encoded`. Everything is hidden first, then
 * only what a person reads is shown; the text that is not in the feed comes from generated content (`::before`).
 */
export function renderFeedCss(): string {
	return FEED_CSS;
}

const FEED_CSS = `/* Written by wirefeed: shows rss.xml and atom.xml as a page when they are opened in a browser. */
:root {
	color-scheme: light dark;
	--text: #1f2328;
	--muted: #57606a;
	--line: #d0d7de;
	--accent: #0b5cad;
	--card: #ffffff;
	--page: #f6f8fa;
}
@media (prefers-color-scheme: dark) {
	:root {
		--text: #e6edf3;
		--muted: #9da7b3;
		--line: #30363d;
		--accent: #6cb6ff;
		--card: #161b22;
		--page: #0d1117;
	}
}
* {
	display: none;
}
rss,
feed {
	display: block;
	margin: 0;
	padding: 2rem 1rem 3rem;
	background: var(--page);
	color: var(--text);
	font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
	min-height: 100vh;
	box-sizing: border-box;
}
channel,
feed {
	display: flex;
	flex-direction: column;
	gap: 0.75rem;
}
channel {
	max-width: 46rem;
	margin: 0 auto;
}
feed {
	padding-left: max(1rem, calc((100% - 46rem) / 2));
	padding-right: max(1rem, calc((100% - 46rem) / 2));
}
channel::before,
feed::before {
	display: block;
	order: -2;
	content: "Web feed";
	align-self: flex-start;
	padding: 0.15rem 0.6rem;
	border-radius: 999px;
	background: var(--accent);
	color: var(--card);
	font-size: 0.8rem;
	font-weight: 600;
	letter-spacing: 0.04em;
	text-transform: uppercase;
}
channel > title,
feed > title {
	display: block;
	order: -1;
	margin: 0;
	font-size: 2rem;
	font-weight: 700;
	line-height: 1.2;
}
channel > description,
feed > subtitle {
	display: block;
	order: 0;
	color: var(--muted);
	font-size: 1.1rem;
}
channel > description::after,
feed > subtitle::after {
	display: block;
	margin-top: 1rem;
	padding: 0.9rem 1rem;
	border: 1px solid var(--line);
	border-left: 4px solid var(--accent);
	border-radius: 6px;
	background: var(--card);
	color: var(--text);
	font-size: 1rem;
	content: "This is a web feed: a list of the newest articles that a feed reader app checks for you. To subscribe, copy the address of this page from the address bar and add it to your feed reader. New articles then appear in the reader as they are published.";
}
item,
entry {
	display: flex;
	flex-direction: column;
	gap: 0.3rem;
	order: 1;
	padding: 1rem 1.1rem;
	border: 1px solid var(--line);
	border-radius: 8px;
	background: var(--card);
}
item > title,
entry > title {
	display: block;
	order: 1;
	font-size: 1.2rem;
	font-weight: 650;
	line-height: 1.3;
	color: var(--accent);
}
item > pubDate,
entry > published {
	display: block;
	order: 2;
	color: var(--muted);
	font-size: 0.9rem;
}
item > pubDate::before,
entry > published::before {
	content: "Published ";
}
item > description,
entry > summary {
	display: block;
	order: 3;
}
`;
