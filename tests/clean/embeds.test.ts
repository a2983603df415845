import { describe, expect, it } from "vitest";
import { convertIframes, linkBareEmbeds } from "../../src/clean/embeds.js";
import { cleanHtml } from "../../src/clean/index.js";
import { createContext, runStep } from "./helpers.js";

const convert = (html: string) => runStep(convertIframes, html);
const link = (html: string) => runStep(linkBareEmbeds, html);

describe("convertIframes", () => {
	it.each([
		[
			"a YouTube player → its watch page, titled from the iframe",
			'<p><iframe src="//www.youtube.com/embed/Ab3_x-9QzKc?rel=0" title="Harbour tour"></iframe></p>',
			'<p><a href="https://www.youtube.com/watch?v=Ab3_x-9QzKc">Video: Harbour tour</a></p>',
			1,
		],
		[
			"a Vimeo player without a title → its page, named after the host",
			'<iframe src="https://player.vimeo.com/video/1234567"></iframe>',
			'<a href="https://vimeo.com/1234567">Video: Vimeo</a>',
			1,
		],
		[
			"any other iframe → a link named after its host",
			'<iframe src="https://charts.example.net/e/xyz/"></iframe>',
			'<a href="https://charts.example.net/e/xyz/">Embedded: charts.example.net</a>',
			1,
		],
		[
			"a GitHub gist's script → a link to the gist (its code would otherwise vanish with the script)",
			'<p>Here is the code:</p><script src="https://gist.github.com/jroe/0a1b2c3d4e5f.js"></script>',
			'<p>Here is the code:</p><a href="https://gist.github.com/jroe/0a1b2c3d4e5f">Code: GitHub Gist</a>',
			1,
		],
		[
			"one file of a gist → a link to the gist",
			'<script src="https://gist.github.com/0a1b2c3d4e5f.js?file=pier.py"></script>',
			'<a href="https://gist.github.com/0a1b2c3d4e5f">Code: GitHub Gist (pier.py)</a>',
			1,
		],
		[
			"an Instagram embed → a link to the post, named after who shared it (its prompt would otherwise stay as text)",
			'<p>a</p><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/CAbCdEfGhIj/?utm_source=ig_embed" data-instgrm-version="13"><div><a href="https://www.instagram.com/p/CAbCdEfGhIj/?utm_source=ig_embed" target="_blank">View this post on Instagram</a><p>A post shared by Harbour Festival (@harbourfest)</p></div></blockquote><script async src="//www.instagram.com/embed.js"></script>',
			'<p>a</p><p><a href="https://www.instagram.com/p/CAbCdEfGhIj/">Post: Instagram, shared by Harbour Festival (@harbourfest)</a></p><script async src="//www.instagram.com/embed.js"></script>',
			1,
		],
		[
			"an older, captioned Instagram embed → the caption stays, with the link",
			'<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-version="7"><div><p><a href="https://www.instagram.com/p/BXyZ123/" target="_blank">Sunrise over the pier this morning</a></p><p>A post shared by Ann Roe (@annroe) on <time datetime="2017-06-01T05:00:00+00:00">Jun 1, 2017 at 5:00am PDT</time></p></div></blockquote>',
			'<blockquote><p>Sunrise over the pier this morning</p><p><a href="https://www.instagram.com/p/BXyZ123/">Post: Instagram, shared by Ann Roe (@annroe)</a></p></blockquote>',
			1,
		],
		[
			"a 2016 captioned Instagram embed, 'A photo posted by' → the caption stays, with the link",
			'<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-version="6"><div><p><a href="https://www.instagram.com/p/BFabc123/" target="_blank">Sun on the pier</a></p><p>A photo posted by Ann Roe (@annroe) on <time datetime="2016-05-18T17:00:00+00:00">May 18, 2016 at 10:00am PDT</time></p></div></blockquote>',
			'<blockquote><p>Sun on the pier</p><p><a href="https://www.instagram.com/p/BFabc123/">Post: Instagram, shared by Ann Roe (@annroe)</a></p></blockquote>',
			1,
		],
		[
			"a Getty Images embed → one link to the photo's page",
			'<p>a</p><iframe src="//embed.gettyimages.com/embed/531234567?et=abc&amp;viewMoreLink=on&amp;sig=xyz" width="594" height="396"></iframe>',
			'<p>a</p><a href="https://www.gettyimages.com/detail/531234567">Photo: Getty Images</a>',
			1,
		],
		[
			"a Brightcove player → a video link",
			'<p>a</p><iframe src="//players.brightcove.net/123456/default_default/index.html?videoId=4900000000001"></iframe>',
			'<p>a</p><a href="https://players.brightcove.net/123456/default_default/index.html?videoId=4900000000001">Video: Brightcove</a>',
			1,
		],
		[
			"a SoundCloud player → an audio link",
			'<p>a</p><iframe width="100%" height="166" src="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/123"></iframe>',
			'<p>a</p><a href="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/123">Audio: SoundCloud</a>',
			1,
		],
		[
			"another script → left to sanitize",
			'<script src="https://cdn.example.net/x.js"></script>',
			'<script src="https://cdn.example.net/x.js"></script>',
			0,
		],
		["a javascript: iframe → nothing", '<p>a<iframe src="javascript:x"></iframe></p>', "<p>a</p>", 1],
		[
			"an iframe inside a link → nothing",
			'<a href="/x">a<iframe src="https://v.example/"></iframe></a>',
			'<a href="/x">a</a>',
			1,
		],
	])("%s", (_, input, expected, hits) => {
		expect(convert(input)).toMatchObject({ html: expected, hits });
	});

	it("leaves a body without iframes alone", () => {
		expect(convert("<p>No players here.</p>")).toMatchObject({ html: "<p>No players here.</p>", hits: 0 });
	});
});

describe("linkBareEmbeds", () => {
	it.each([
		[
			"a gist's address alone (Hugo's and Zola's gist shortcodes write it) → a code link",
			'<p><a href="https://gist.github.com/annroe/0a1b2c3d4e5f">https://gist.github.com/annroe/0a1b2c3d4e5f</a></p>',
			'<p><a href="https://gist.github.com/annroe/0a1b2c3d4e5f">Code: GitHub Gist</a></p>',
		],
		[
			"a bare YouTube URL in a paragraph",
			"<p>https://www.youtube.com/watch?v=Ab3_x-9QzKc</p>",
			'<p><a href="https://www.youtube.com/watch?v=Ab3_x-9QzKc">Video: YouTube</a></p>',
		],
		[
			"a linkified YouTube URL",
			'<p><a href="https://youtu.be/Ab3_x-9QzKc">https://youtu.be/Ab3_x-9QzKc</a></p>',
			'<p><a href="https://youtu.be/Ab3_x-9QzKc">Video: YouTube</a></p>',
		],
		[
			"a post on X alone in a div",
			"<div> https://twitter.com/harbourdesk/status/7012345678901234567 </div>",
			'<div><a href="https://twitter.com/harbourdesk/status/7012345678901234567">Post: X (Twitter)</a></div>',
		],
		[
			"an Instagram post",
			"<p>https://www.instagram.com/p/Bx1yZ2aB3cD/</p>",
			'<p><a href="https://www.instagram.com/p/Bx1yZ2aB3cD/">Post: Instagram</a></p>',
		],
		[
			"a Google Maps embed's URL (Jetpack's [googlemaps] leaves it)",
			'<p><a href="https://www.google.com/maps/embed?pb=!1m18">https://www.google.com/maps/embed?pb=!1m18</a></p>',
			'<p><a href="https://www.google.com/maps/embed?pb=!1m18">Map: Google Maps</a></p>',
		],
		[
			"a VideoPress video",
			'<p><a href="https://videopress.com/v/abc123XY">https://videopress.com/v/abc123XY</a></p>',
			'<p><a href="https://videopress.com/v/abc123XY">Video: VideoPress</a></p>',
		],
	])("links %s", (_, input, expected) => {
		expect(link(input)).toMatchObject({ html: expected, hits: 1 });
	});

	it.each([
		["a URL inside a sentence", "<p>Watch https://www.youtube.com/watch?v=Ab3_x-9QzKc tonight.</p>"],
		["a site's home page", "<p>https://www.youtube.com/</p>"],
		["a search engine's home page", "<p>https://www.google.com/</p>"],
		[
			"a channel link with its own text",
			'<p><a href="https://www.youtube.com/watch?v=Ab3_x-9QzKc">the full speech</a></p>',
		],
		["a URL of another site", "<p>https://news.example.org/2020/09/story/</p>"],
		["a URL in code", "<pre><code>https://www.youtube.com/watch?v=Ab3_x-9QzKc</code></pre>"],
		["an already titled link", '<p><a href="https://www.youtube.com/watch?v=Ab3_x-9QzKc">Video: YouTube</a></p>'],
	])("leaves %s", (_, input) => {
		expect(link(input)).toMatchObject({ html: input, hits: 0 });
	});
});

describe("embeds in the cleaner", () => {
	const body =
		"<p>https://www.youtube.com/watch?v=Ab3_x-9QzKc</p><p>The ferry crossed the harbour in record time on Sunday.</p>";

	it("never lets an embed start the summary text", () => {
		const result = cleanHtml(body, createContext());
		expect(result.text).toBe("The ferry crossed the harbour in record time on Sunday.");
		expect(result.html).toContain(">Video: YouTube</a>");
	});

	it("is idempotent, and the second run still keeps the embed out of the text", () => {
		const once = cleanHtml(body, createContext());
		const twice = cleanHtml(once.html, createContext());
		expect(twice.html).toBe(once.html);
		expect(twice.text).toBe(once.text);
		expect(twice.hits.embeds).toBeUndefined();
	});
});

// AMP pages (what Google News linked to, and what scrapers often copied) write their media as amp- elements, which a
// reader does not know: a picture, a player or a post must not vanish with them.
describe("AMP media in the cleaner", () => {
	const story = (media: string) =>
		`<p>The ferry crossed the harbour in record time on Sunday.</p>${media}<p>The crew was praised by the mayor.</p>`;

	it.each([
		[
			"a picture",
			'<amp-img src="https://harbour.example/img/dawn.jpg" width="800" height="533" layout="responsive" alt="Dawn"></amp-img>',
			'<img src="https://harbour.example/img/dawn.jpg" alt="Dawn" width="800" height="533">',
		],
		[
			"a YouTube player",
			'<amp-youtube data-videoid="Ab3_x-9QzKc" layout="responsive" width="480" height="270"></amp-youtube>',
			'<a href="https://www.youtube.com/watch?v=Ab3_x-9QzKc">Video: YouTube</a>',
		],
		[
			"an embedded page",
			'<amp-iframe src="https://www.google.com/maps/embed?pb=1" width="600" height="450" sandbox="allow-scripts"></amp-iframe>',
			'<a href="https://www.google.com/maps/embed?pb=1">Map: Google Maps</a>',
		],
		[
			"a post on X",
			'<amp-twitter data-tweetid="1234567890" width="375" height="472"></amp-twitter>',
			'<a href="https://twitter.com/i/status/1234567890">Post: X (Twitter)</a>',
		],
		[
			"an Instagram post",
			'<amp-instagram data-shortcode="Bx1yZ2aB3cD" width="1" height="1"></amp-instagram>',
			'<a href="https://www.instagram.com/p/Bx1yZ2aB3cD/">Post: Instagram</a>',
		],
	])("keeps %s", (_, media, kept) => {
		expect(cleanHtml(story(media), createContext()).html).toContain(kept);
	});

	it("shows a lazy picture once, though its <noscript> copy holds it too", () => {
		const html = cleanHtml(
			story(
				'<p><img class="lazy" data-src="https://harbour.example/img/pier.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Pier"><noscript><img src="https://harbour.example/img/pier.jpg" alt="Pier"></noscript></p>',
			),
			createContext(),
		).html;
		expect(html.match(/<img /g)?.length).toBe(1);
	});
});
