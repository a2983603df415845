import { SYSTEM_PYTHON } from "./require-reader.js";
import { runCommand } from "./run-command.js";

/** What Python's feedparser (the library behind many readers and planets) makes of a feed. */
export interface FeedparserResult {
	/** 1 when feedparser found the document ill-formed (it then guesses). */
	readonly bozo: number;
	readonly bozoException: string | null;
	/** "rss20", "atom10", …; empty when not recognised. */
	readonly version: string;
	readonly feed: {
		readonly title: string | null;
		readonly rights: string | null;
		readonly license: string | null;
	};
	readonly entries: readonly {
		readonly id: string | null;
		readonly title: string | null;
		/** MIME type of the title: "text/plain", or "text/html" when feedparser hands over HTML to render. */
		readonly titleType: string | null;
		readonly link: string | null;
		/** The entry's language: RSS's `dc:language`, else its title's (Atom's `xml:lang`, or the feed's). */
		readonly language: string | null;
		readonly rights: string | null;
		readonly license: string | null;
		/** `media:thumbnail` URLs. */
		readonly thumbnails: readonly string[];
		/** Enclosure URLs, `<enclosure>` and `rel="enclosure"` alike, with their types. */
		readonly enclosures: readonly { readonly href: string; readonly type: string | null }[];
	}[];
}

// feedparser maps <copyright>, <dc:rights> and Atom <rights> to `rights`, and <creativeCommons:license> and
// <link rel="license"> to `license`.
const SCRIPT = `
import json, sys, feedparser
d = feedparser.parse(sys.argv[1])
def fields(e, keys):
    return {k: e.get(k) for k in keys}
print(json.dumps({
    "bozo": 1 if d.bozo else 0,
    "bozoException": str(d.get("bozo_exception")) if d.bozo else None,
    "version": d.version or "",
    "feed": fields(d.feed, ["title", "rights", "license"]),
    "entries": [
        dict(
            fields(e, ["id", "title", "link", "rights", "license"]),
            titleType=e.get("title_detail", {}).get("type"),
            language=e.get("language") or e.get("title_detail", {}).get("language"),
            thumbnails=[t.get("url") for t in e.get("media_thumbnail", [])],
            enclosures=[{"href": x.get("href"), "type": x.get("type")} for x in e.get("enclosures", [])],
        )
        for e in d.entries
    ],
}))
`;

/** Parses the feed file at `path` with /usr/bin/python3 and feedparser. */
export async function readWithFeedparser(path: string): Promise<FeedparserResult> {
	const result = await runCommand(SYSTEM_PYTHON, ["-c", SCRIPT, path], {
		timeout: 60_000,
	});
	if (result.code !== 0) throw new Error(`feedparser failed on ${path} (exit ${result.code}):\n${result.stderr}`);
	return JSON.parse(result.stdout) as FeedparserResult;
}
