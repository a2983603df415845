import { describe, expect, it } from "vitest";
import { pruneEmptyElements, stripJunk } from "../../src/clean/junk.js";
import { runStep } from "./helpers.js";

const strip = (html: string) => runStep(stripJunk, html).html;
const prune = (html: string) => runStep(pruneEmptyElements, html).html;

describe("stripJunk", () => {
	it.each([
		["a 1×1 tracking pixel", '<p>a</p><img src="http://x.example/p" height="1" width="1" alt="">', "<p>a</p>"],
		["a pixel from a known tracker host", '<p>a<img src="https://pixel.wp.com/g.gif?x=1"></p>', "<p>a</p>"],
		[
			"FeedBurner flare",
			'<p>a</p><div class="feedflare"><a href="http://feeds.example.com/~ff/x"><img src="f.png"></a></div>',
			"<p>a</p>",
		],
		["a lazy image without any source", '<p>a<img class="lazyload" data-image-container=".x"></p>', "<p>a</p>"],
		[
			"IE conditional and SSI comments",
			"<p>a<!--[if IE 9]><video><![endif]--><!-- [include:x.inc] --></p>",
			"<p>a</p>",
		],
		[
			"a Wired skip link",
			'<p>a</p><a class="visually-hidden skip-to-text-link" href="#start">Go Back to Top. Skip To: Start of Article.</a>',
			"<p>a</p>",
		],
		[
			"Jetpack's share and like buttons (WordPress.com, Jetpack sites)",
			'<p>a</p><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3><ul><li><a href="https://x.example/?share=twitter">Twitter</a></li></ul></div></div><div id="jp-post-flair" class="sharedaddy sd-like-enabled"><div class="sharedaddy sd-block sd-like"><h3>Like this:</h3><span>Like</span> <span>Loading...</span></div></div>',
			"<p>a</p>",
		],
		[
			"Jetpack related posts",
			'<p>a</p><div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3></div>',
			"<p>a</p>",
		],
		[
			"AddToAny share buttons",
			'<p>a</p><div class="addtoany_share_save_container addtoany_content"><div class="a2a_kit a2a_kit_size_32 addtoany_list"><a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook">Facebook</a></div></div>',
			"<p>a</p>",
		],
		[
			"a YARPP related-posts block",
			'<p>a</p><div class="yarpp yarpp-related yarpp-related-website"><h3>Related posts:</h3><ol><li><a href="/b/">Pier repairs begin</a></li></ol></div>',
			"<p>a</p>",
		],
		[
			"a Substack subscription widget",
			'<p>a</p><div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p>Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" name="email"><input type="submit" value="Subscribe"></form></div></div><p>b</p>',
			"<p>a</p><p>b</p>",
		],
		[
			"a Ghost signup card",
			'<p>a</p><div class="kg-card kg-signup-card"><h2 class="kg-signup-card-heading">Sign up for Harbour Notes</h2><form><input type="email"><button>Subscribe</button></form></div><p>b</p>',
			"<p>a</p><p>b</p>",
		],
		[
			"the Newspaper theme's ad slot and tag box (tagDiv, common on WordPress news sites)",
			'<p>a</p><div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Advertisement -</span><div class="ad"></div></div><p>b</p><div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li><li><a href="https://x.example/tag/bread/">bread</a></li></ul></div>',
			"<p>a</p><p>b</p>",
		],
		[
			"an Ad Inserter block",
			'<p>a</p><div class="code-block code-block-3" style="margin: 8px auto;"><p>Sponsored</p></div><p>b</p>',
			"<p>a</p><p>b</p>",
		],
		[
			"a Simple Author Box",
			'<p>a</p><div class="saboxplugin-wrap"><div class="saboxplugin-desc"><p>Jane Roe covers the harbour for the Times.</p></div></div>',
			"<p>a</p>",
		],
		[
			"Easy Table of Contents' box (links into the page the feed does not have)",
			'<div id="ez-toc-container" class="ez-toc-v2_0 counter-hierarchy"><div class="ez-toc-title-container"><p class="ez-toc-title">Table of Contents</p></div><nav><ul class="ez-toc-list"><li><a href="#Getting_there">Getting there</a></li></ul></nav></div><h2>Getting there</h2><p>b</p>',
			"<h2>Getting there</h2><p>b</p>",
		],
		[
			"Table of Contents Plus' box",
			'<div id="toc_container" class="no_bullets"><p class="toc_title">Contents</p><ul class="toc_list"><li><a href="#a">A</a></li></ul></div><p>b</p>',
			"<p>b</p>",
		],
		[
			"a reading-time plugin's line",
			'<span class="rt-reading-time" style="display: block;"><span class="rt-label">Reading Time: </span><span class="rt-time">2</span><span class="rt-label rt-postfix">minutes</span></span><p>b</p>',
			"<p>b</p>",
		],
		[
			"WordPress.com's ad slot with its label",
			'<p>a</p><div class="wpcnt"><div class="wpa wpmrec"><span class="wpa-about">Advertisements</span><div class="u top_amazon"></div></div></div><p>b</p>',
			"<p>a</p><p>b</p>",
		],
		[
			"a Starbox author box",
			'<p>a</p><section class="abh_box abh_box_down"><div class="abh_text"><h4>Jane Roe</h4><p>Jane covers the harbour.</p></div></section>',
			"<p>a</p>",
		],
		[
			"a Video.js player's controls",
			'<p>a</p><div class="video-js vjs-default-skin"><div class="vjs-loading-spinner"></div><button class="vjs-play-control"><span class="vjs-control-text">Play</span></button><div class="vjs-current-time">Current Time 0:00</div></div><p>b</p>',
			"<p>a</p><p>b</p>",
		],
		[
			"WordPress's more link after a teaser",
			'<p>We walked the pier. <a href="http://x.example/pier/#more-12" class="more-link">(more…)</a></p>',
			"<p>We walked the pier. </p>",
		],
		[
			"a Continued... pager link",
			'<p>Interstate 95.   <a href="?viewmode=2">Continued...</a></p>',
			"<p>Interstate 95.   </p>",
		],
	])("removes %s", (_, input, expected) => {
		expect(strip(input)).toBe(expected);
	});

	it.each([
		[
			"data-src promoted to src",
			'<img class="lazyload" data-src="/real.jpg" alt="A">',
			'<img class="lazyload" data-src="/real.jpg" alt="A" src="/real.jpg">',
		],
		[
			"a placeholder GIF replaced by data-src",
			'<img src="data:image/gif;base64,R0lGOD" data-lazy-src="r.jpg">',
			'<img src="r.jpg" data-lazy-src="r.jpg">',
		],
		[
			"a <picture> flattened to its <img>, keeping the credit it holds",
			'<picture><img src="a.jpg"><span class="credit">Ann Example/Harbour Photos</span></picture>',
			'<img src="a.jpg"><span class="credit">Ann Example/Harbour Photos</span>',
		],
		[
			"a placeholder PNG replaced by data-original",
			'<img class="lazy" src="/img/grey.png" data-original="r.jpg">',
			'<img class="lazy" src="r.jpg" data-original="r.jpg">',
		],
		[
			"a <picture> flattened to its <img>, fed from <source>",
			'<picture><source data-srcset="https://i.example/a.jpg 1x, https://i.example/b.jpg 2x"><img class="lazyload"></picture>',
			'<img class="lazyload" src="https://i.example/a.jpg">',
		],
	])("keeps the image: %s", (_, input, expected) => {
		expect(strip(input)).toBe(expected);
	});

	it.each([
		["a normal small image", '<img src="icon.png" width="16" height="16">'],
		["a link that mentions skipping", '<p>You can <a href="#s3">skip to step 3</a> if you have a user.</p>'],
		["a 'Continued' link inside a sentence", '<p>The story <a href="/x">continued the next day</a>.</p>'],
		["a class that merely starts like a share plugin's", '<p class="shared-story">The shared story of two towns.</p>'],
		["a block classed only code-block", '<div class="code-block"><p>let x = 1;</p></div>'],
		["already clean input", "<p>Text <em>with</em> markup.</p>"],
	])("keeps %s", (_, input) => {
		expect(strip(input)).toBe(input);
	});

	it("is idempotent", () => {
		const once = strip('<picture><source srcset="a.jpg"><img></picture><!-- c --><img width="1" height="1" src="p">');
		expect(strip(once)).toBe(once);
	});
});

describe("pruneEmptyElements", () => {
	it.each([
		["empty div, span and p", "<div></div><p> </p><p><span>\n</span></p><p>a</p>", "\n<p>a</p>"],
		["paragraphs of only <br>", "<p><br><br></p><p>a</p>", "\n<p>a</p>"],
		["a run of more than two <br> → one paragraph break", "<p>a<br><br><br>\n<br>b</p>", "<p>a<br><br>\nb</p>"],
		["leading and trailing <br>", "<br><p>a</p>\n<br>", "<p>a</p>\n"],
		["<br> at the edges of a paragraph", "<p><br>a<br> </p>", "<p>a </p>"],
		["nested empties, bottom-up", "<div><div><p></p></div></div><p>a</p>", "\n<p>a</p>"],
		["an empty block between two runs of text, keeping them apart", "<div>one<p></p>two</div>", "<div>one\ntwo</div>"],
		["a blank <strong> between two words, keeping its space", "<p>the<strong> </strong>ferry</p>", "<p>the ferry</p>"],
		["a blank <em> holding an NBSP, keeping a space", "<p>the<em>&nbsp;</em>ferry</p>", "<p>the ferry</p>"],
		["an empty <b> between two words, which had no space to keep", "<p>ferry<b></b>man</p>", "<p>ferryman</p>"],
	])("removes %s", (_, input, expected) => {
		expect(prune(input)).toBe(expected);
	});

	it.each([
		["images", '<p><img src="a.png"></p>'],
		["empty table cells", "<table><tbody><tr><td></td><td>x</td></tr></tbody></table>"],
		["a horizontal rule", "<p>a</p><hr><p>b</p>"],
		["two <br>", "<p>a<br><br>b</p>"],
	])("keeps %s", (_, input) => {
		expect(prune(input)).toBe(input);
	});

	it("is idempotent", () => {
		const once = prune("<div><br><p></p><br><br><br><span></span>a<br></div>");
		expect(prune(once)).toBe(once);
	});
});
