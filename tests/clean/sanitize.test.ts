import { describe, expect, it } from "vitest";
import { sanitizeTree } from "../../src/clean/sanitize.js";
import { runStep } from "./helpers.js";

const sanitize = (html: string) => runStep(sanitizeTree, html).html;

describe("sanitizeTree", () => {
	it.each([
		["script with its content", "<p>a</p><script>alert(1)</script>", "<p>a</p>"],
		["style with its content", "<style>p{}</style><p>a</p>", "<p>a</p>"],
		[
			"object/embed (Flash)",
			'<p>a<object data="x.swf"><param name="movie" value="x.swf"><embed src="x.swf"></object></p>',
			"<p>a</p>",
		],
		["forms and their controls", '<form action="/x"><input name="q"><button>Go</button></form><p>a</p>', "<p>a</p>"],
		["event handlers", '<p onclick="x()">a</p><img src="i.png" onerror="x()">', '<p>a</p><img src="i.png">'],
		[
			"presentational and scraper attributes",
			'<div class="c" id="i" style="color:red" data-x="1" readability="12.9"><p>a</p></div>',
			"<div><p>a</p></div>",
		],
		[
			"javascript: links (even obfuscated)",
			'<a href="java&#9;script:alert(1)">a</a> <a href=" JAVASCRIPT:x">b</a>',
			"a b",
		],
		["vbscript: and data: links", '<a href="vbscript:x">a</a><a href="data:text/html,x">b</a>', "ab"],
		["data: URLs that are not images", '<img src="data:text/html;base64,PHA+" alt="x">', '<img alt="x">'],
		["comments", "<p>a<!-- [include:x] --></p>", "<p>a</p>"],
		[
			"unknown wrappers, keeping their text",
			"<p><font color=red>a</font></p><center>b</center>",
			"<p>a</p><div>b</div>",
		],
		["bare spans, keeping their text", '<p><span class="caps">NATO</span> says</p>', "<p>NATO says</p>"],
		[
			"dimensions on non-images",
			'<p width="3">a</p><img src="i.png" width="300" height="abc">',
			'<p>a</p><img src="i.png" width="300">',
		],
	])("removes %s", (_, input, expected) => {
		expect(sanitize(input)).toBe(expected);
	});

	it.each([
		[
			"an iframe → link, protocol-relative → https",
			'<iframe src="//www.example.com/embed/x" width="5"></iframe>',
			'<a href="https://www.example.com/embed/x">Embedded: example.com</a>',
		],
		[
			"a YouTube embed → watch link",
			'<p><iframe src="https://www.youtube.com/embed/CJ_GCPaKywg?feature=oembed"></iframe></p>',
			'<p><a href="https://www.youtube.com/watch?v=CJ_GCPaKywg">Video: YouTube</a></p>',
		],
		["an iframe with a javascript: src → nothing", '<p>a<iframe src="javascript:x"></iframe></p>', "<p>a</p>"],
		[
			"an iframe inside a link → nothing (no nested links)",
			'<a href="https://a.example/">a<iframe src="https://b.example/"></iframe></a>',
			'<a href="https://a.example/">a</a>',
		],
		["an article element → div", "<article><p>a</p></article>", "<div><p>a</p></div>"],
	])("rewrites %s", (_, input, expected) => {
		expect(sanitize(input)).toBe(expected);
	});

	it.each([
		[
			"links, images, srcset, alt, title",
			'<a href="https://x.example/" title="t">a</a><img src="/i.png" srcset="/i.png 1x, /j.png 2x" alt="A" title="T" width="10" height="20">',
		],
		["mailto and fragment links", '<a href="mailto:a@example.org">m</a><a href="#notes">n</a>'],
		["data: images", '<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">'],
		[
			"tables",
			'<table><thead><tr><th scope="col">h</th></tr></thead><tbody><tr><td colspan="2">c</td></tr></tbody></table>',
		],
		["lang and dir", '<p lang="lt" dir="ltr">Labas</p><span lang="ru">да</span>'],
		[
			"figures, code, lists, quotes, sup/sub",
			'<figure><img src="a.png"><figcaption>c</figcaption></figure><pre><code>x &lt; y</code></pre><ol start="3"><li>i</li></ol><blockquote><p>q</p></blockquote><p>x<sup>2</sup>H<sub>2</sub>O</p>',
		],
		["video with a poster", '<video src="v.mp4" poster="p.jpg" controls></video>'],
	])("keeps %s", (_, input) => {
		const outcome = runStep(sanitizeTree, input);
		expect(outcome.html).toBe(input);
		expect(outcome.hits).toBe(0);
	});

	it("is idempotent", () => {
		const once = sanitize('<div class="a"><iframe src="//v.example/e"></iframe><font>t</font><script>x</script></div>');
		expect(sanitize(once)).toBe(once);
	});
});
