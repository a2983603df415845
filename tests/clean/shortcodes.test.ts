import { describe, expect, it } from "vitest";
import { replaceShortcodes } from "../../src/clean/shortcodes.js";
import { renderOneArticle } from "../support/render-one-article.js";
import { runStep } from "./helpers.js";

const replace = (html: string) => runStep(replaceShortcodes, html).html;

describe("replaceShortcodes", () => {
	it.each([
		[
			"WordPress [caption] → figure",
			'<p>[caption id="attachment_7" align="alignleft" width="300"]<img src="a.jpg" alt="A"> The mayor speaks.[/caption]</p>',
			'<figure><img src="a.jpg" alt="A"><figcaption>The mayor speaks.</figcaption></figure>',
		],
		[
			"[caption] around a linked image, text around it",
			'<p>Before [caption]<a href="big.jpg"><img src="a.jpg"></a> Cap[/caption] after</p>',
			'<p>Before </p><figure><a href="big.jpg"><img src="a.jpg"></a><figcaption>Cap</figcaption></figure><p> after</p>',
		],
		[
			"WordPress [embed] → link",
			"<p>[embed]https://vimeo.com/1[/embed]</p>",
			'<p><a href="https://vimeo.com/1">https://vimeo.com/1</a></p>',
		],
		[
			"Hugo figure (as markdown-it leaves it) → figure",
			'<p>{{&lt; figure src="fp.png#center" alt="Holmes" title="At the falls" width="300" &gt;}}</p>',
			'<figure><img src="fp.png#center" alt="Holmes" width="300"><figcaption><strong>At the falls</strong></figcaption></figure>',
		],
		[
			"Hugo figure inside a sentence → the paragraph splits around it",
			'<p>See {{< figure src="x.png" alt="X" >}} here</p>',
			'<p>See </p><figure><img src="x.png" alt="X"></figure><p> here</p>',
		],
		[
			"Hugo figure inside emphasis → inline img",
			'<p><em>See {{< figure src="x.png" alt="X" >}}</em></p>',
			'<p><em>See <img src="x.png" alt="X"></em></p>',
		],
		[
			"paired youtube → watch link",
			"<p>{{<youtube>}}HpJgBcE-cFQ?start=184&end=319{{</youtube>}}</p>",
			'<p><a href="https://www.youtube.com/watch?v=HpJgBcE-cFQ&amp;t=184">https://www.youtube.com/watch?v=HpJgBcE-cFQ&amp;t=184</a></p>',
		],
		[
			"Hugo's privacy-minded vimeo_simple and twitter_simple → the same links as vimeo and tweet",
			'<p>{{< vimeo_simple 48912912 >}}</p><p>{{< twitter_simple user="harbourcam" id="1390000000000000001" >}}</p>',
			'<p><a href="https://vimeo.com/48912912">https://vimeo.com/48912912</a></p><p><a href="https://twitter.com/i/status/1390000000000000001">https://twitter.com/i/status/1390000000000000001</a></p>',
		],
		[
			"Hugo instagram → a link to the post",
			"<p>{{< instagram CAbCdEfGhIj >}}</p>",
			'<p><a href="https://www.instagram.com/p/CAbCdEfGhIj/">https://www.instagram.com/p/CAbCdEfGhIj/</a></p>',
		],
		[
			"a Zola site's youtube shortcode → watch link",
			'<p>{{ youtube(id="dQw4w9WgXcQ", autoplay=true) }}</p>',
			'<p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></p>',
		],
		[
			"a Zola site's vimeo shortcode → a link",
			'<p>{{ vimeo(id="1234567") }}</p>',
			'<p><a href="https://vimeo.com/1234567">https://vimeo.com/1234567</a></p>',
		],
		[
			"a Zola site's gist shortcode → a link to the gist",
			'<p>{{ gist(url="https://gist.github.com/harbour/0a1b2c3d", file="pier.rs") }}</p>',
			'<p><a href="https://gist.github.com/harbour/0a1b2c3d">https://gist.github.com/harbour/0a1b2c3d</a></p>',
		],
		[
			"a one-paragraph mermaid → code block",
			"<p>{{< mermaid >}}graph TD; A-->B{{< /mermaid >}}</p>",
			"<pre><code>graph TD; A-->B</code></pre>",
		],
		[
			"a mermaid body that Markdown split over blocks → one code block",
			"<p>{{<mermaid>}}</p>\n<hr>\n<h2>title: htmx</h2>\n<p>flowchart LR\nHTML --&gt; DOM\n{{</mermaid>}}</p>",
			"<pre><code>---\ntitle: htmx\nflowchart LR\nHTML --> DOM</code></pre>",
		],
		["an unknown self-closing shortcode", "<p>{{<line_break>}}</p><p>a {{% toc %}} b</p>", "<p></p><p>a  b</p>"],
		[
			"an unknown paired shortcode, keeping its prose",
			"<p>{{% center %}}Careful now.{{% /center %}}</p>",
			"<p>Careful now.</p>",
		],
		[
			"a stray Liquid include",
			"<p>{% include katex_render.html %}</p><p>Text {{ page.title }}.</p>",
			"<p></p><p>Text .</p>",
		],
		[
			"a Markdown link to a Liquid post_url, keeping the label",
			"<li>[Sphinx-4 (Java)]({% post_url 2013-09-22-x %}) Mondhs</li>",
			"<li>Sphinx-4 (Java) Mondhs</li>",
		],
		[
			"{{ site.url }} in a URL attribute → root-relative",
			'<img src="{{ site.url }}/assets/a.gif" alt="A">',
			'<img src="/assets/a.gif" alt="A">',
		],
		[
			"a relative_url filter in href",
			"<a href=\"{{ '/about/' | relative_url }}\">About</a>",
			'<a href="/about/">About</a>',
		],
		[
			"WPBakery (Visual Composer) layout → its text",
			'<p>[vc_row][vc_column width="1/1"][vc_column_text]The festival returns.</p><p>Tickets go on sale in May.[/vc_column_text][/vc_column][/vc_row]</p>',
			"<p>The festival returns.</p><p>Tickets go on sale in May.</p>",
		],
		[
			"Divi layout → its text",
			'<p>[et_pb_section admin_label="section"][et_pb_row][et_pb_column type="4_4"][et_pb_text]The ferry leaves at noon.[/et_pb_text][/et_pb_column][/et_pb_row][/et_pb_section]</p>',
			"<p>The ferry leaves at noon.</p>",
		],
		[
			"Avada (Fusion) layout → its text",
			'<p>[fusion_builder_container hundred_percent="no"][fusion_text]Rain is due.[/fusion_text][/fusion_builder_container]</p>',
			"<p>Rain is due.</p>",
		],
		[
			"a page builder's image and video → the image and a link",
			'<p>[et_pb_image src="https://harbour.example/a.jpg" alt="Boats"][/et_pb_image][vc_video link="https://video.example/v/1"]</p>',
			'<p><img src="https://harbour.example/a.jpg" alt="Boats"><a href="https://video.example/v/1">https://video.example/v/1</a></p>',
		],
		[
			"a form plugin's shortcode → removed",
			'<p>Write to us: [contact-form-7 id="42" title="Contact form 1"]</p>',
			"<p>Write to us: </p>",
		],
		// WordPress's own media shortcodes and Jetpack's embeds, as a WordPress export keeps them in the post's text.
		[
			"WordPress [video] → a player with a link to the file",
			'<p>[video width="640" height="360" mp4="https://harbour.example/up/ferry.mp4" poster="https://harbour.example/up/ferry.jpg"][/video]</p>',
			'<p><video src="https://harbour.example/up/ferry.mp4" controls poster="https://harbour.example/up/ferry.jpg"><a href="https://harbour.example/up/ferry.mp4">https://harbour.example/up/ferry.mp4</a></video></p>',
		],
		[
			"WordPress [audio] → a player with a link to the file",
			'<p>Listen: [audio mp3="https://harbour.example/up/mayor.mp3"]</p>',
			'<p>Listen: <audio src="https://harbour.example/up/mayor.mp3" controls><a href="https://harbour.example/up/mayor.mp3">https://harbour.example/up/mayor.mp3</a></audio></p>',
		],
		[
			"Jetpack [youtube URL] → link",
			"<p>[youtube https://www.youtube.com/watch?v=abc123]</p>",
			'<p><a href="https://www.youtube.com/watch?v=abc123">https://www.youtube.com/watch?v=abc123</a></p>',
		],
		[
			"Jetpack's older [youtube=URL] → link",
			"<p>[youtube=http://www.youtube.com/watch?v=abc123&amp;w=640]</p>",
			'<p><a href="http://www.youtube.com/watch?v=abc123&amp;w=640">http://www.youtube.com/watch?v=abc123&amp;w=640</a></p>',
		],
		[
			"Jetpack [vimeo id] → link",
			"<p>[vimeo 123456]</p>",
			'<p><a href="https://vimeo.com/123456">https://vimeo.com/123456</a></p>',
		],
		[
			"Jetpack [tweet URL] → link",
			"<p>[tweet https://twitter.com/harbour/status/1]</p>",
			'<p><a href="https://twitter.com/harbour/status/1">https://twitter.com/harbour/status/1</a></p>',
		],
		[
			"Jetpack [googlemaps URL] → link",
			"<p>[googlemaps https://www.google.com/maps/embed?pb=!1m18&amp;w=600]</p>",
			'<p><a href="https://www.google.com/maps/embed?pb=!1m18&amp;w=600">https://www.google.com/maps/embed?pb=!1m18&amp;w=600</a></p>',
		],
		[
			"Jetpack [wpvideo guid] → link to VideoPress",
			"<p>[wpvideo abc123XY w=640]</p>",
			'<p><a href="https://videopress.com/v/abc123XY">https://videopress.com/v/abc123XY</a></p>',
		],
		[
			"a drop cap → its letter, joined to the rest of the word",
			"<p>[dropcap]T[/dropcap]he harbour was built in 1890. [su_dropcap]W[/su_dropcap]ork began in May.</p>",
			"<p>The harbour was built in 1890. Work began in May.</p>",
		],
		[
			"tabs → each pane's title in bold over its text",
			'<p>[tabs][tab title="Summer"]9 to 6 daily.[/tab][tab title="Winter"]10 to 4.[/tab][/tabs]</p>',
			"<p><br><strong>Summer</strong><br>9 to 6 daily. <br><strong>Winter</strong><br>10 to 4.</p>",
		],
		[
			"a toggle and an accordion, over paragraphs",
			'<p>[toggle title="Where do I park?"]</p><p>At the north lot.</p><p>[/toggle]</p><p>[accordion][accordion_item title="Is it free?"]Yes.[/accordion_item][/accordion]</p>',
			"<p><br><strong>Where do I park?</strong><br></p><p>At the north lot.</p><p></p><p><br><strong>Is it free?</strong><br>Yes.</p>",
		],
		[
			"a theme's list box → its list",
			'<p>[tie_list type="checklist"]</p><ul><li>Water</li></ul><p>[/tie_list]</p>',
			"<p></p><ul><li>Water</li></ul><p></p>",
		],
		[
			"a pull quote → its text",
			"<p>[pullquote]We cannot live on this.[/pullquote]</p>",
			"<p>We cannot live on this.</p>",
		],
		[
			"Shortcodes Ultimate boxes → their text",
			'<p>[su_box title="Key facts"]The budget is $1.2 billion.[/su_box]</p>',
			"<p>The budget is $1.2 billion.</p>",
		],
		[
			"a theme's column shortcodes → their text",
			"<p>[one_half]North pier.[/one_half][one_half_last]South pier.[/one_half_last]</p>",
			"<p>North pier. South pier.</p>",
		],
		[
			"a Shortcodes Ultimate button → a link with its label, apart from the text before it",
			'<p>[su_box]The budget is $1.2 billion.[/su_box][su_button url="https://harbour.example/budget.pdf"]Read the budget[/su_button]</p>',
			'<p>The budget is $1.2 billion. <a href="https://harbour.example/budget.pdf">Read the budget</a></p>',
		],
		["a poll → removed", "<p>Vote: [polldaddy poll=9876543]</p>", "<p>Vote: </p>"],
		// Hugo themes' callout boxes (notice, admonition, details…) keep their label, as GitHub's alerts do.
		[
			"a notice box → its kind in bold, then its text",
			"<p>{{% notice warning %}}\nCheck the weather first.\n{{% /notice %}}</p>",
			"<p><strong>Warning</strong><br>Check the weather first.\n</p>",
		],
		[
			"an admonition with a title → the title in bold",
			'<p>{{&lt; admonition type="tip" title="Pro tip" &gt;}}\nBring a coat.\n{{&lt; /admonition &gt;}}</p>',
			"<p><strong>Pro tip</strong><br>Bring a coat.\n</p>",
		],
		[
			"a details box → its summary in bold",
			'<p>{{&lt; details summary="Show the timetable" &gt;}}\nFerries leave at six.\n{{&lt; /details &gt;}}</p>',
			"<p><strong>Show the timetable</strong><br>Ferries leave at six.\n</p>",
		],
		[
			"a theme's expand box titled by its argument",
			'<p>{{% expand "More about tides" %}}Tides turn twice a day.{{% /expand %}}</p>',
			"<p><strong>More about tides</strong><br>Tides turn twice a day.</p>",
		],
		// Its text with markup, or paragraphs of it, puts the closing tag in another text node: the label stays.
		[
			"a notice box whose text has markup → its kind in bold, then its text",
			"<p>{{% notice tip %}}\nBring a <strong>thermos</strong>.\n{{% /notice %}}</p>",
			"<p><strong>Tip</strong><br>\nBring a <strong>thermos</strong>.\n</p>",
		],
		[
			"an admonition over paragraphs → its title in bold",
			'<p>{{&lt; admonition warning "Heads up" &gt;}}</p><p>The bridge is closed.</p><p>{{&lt; /admonition &gt;}}</p>',
			"<p><strong>Heads up</strong><br></p><p>The bridge is closed.</p><p></p>",
		],
		// A theme's tabs (hugo-book's `{{< tab "macOS" >}}`, Docsy's `header=`, others' `name=`): each pane's name in
		// bold over its text, as a reader sees it opened.
		[
			"tabs → each tab's name in bold, then its text",
			'<p>{{&lt; tabs "install" &gt;}}\n{{&lt; tab "macOS" &gt;}}\nUse <code>brew</code>.\n{{&lt; /tab &gt;}}\n{{&lt; tab name="Linux" &gt;}}Use apt.{{&lt; /tab &gt;}}\n{{&lt; /tabs &gt;}}</p>',
			"<p>\n<strong>macOS</strong><br>\nUse <code>brew</code>.\n\n<strong>Linux</strong><br>Use apt.\n</p>",
		],
		["an unresolvable template in href → attribute dropped", '<a href="{% post_url 2013-09-20-x %}">x</a>', "<a>x</a>"],
	])("converts %s", (_, input, expected) => {
		expect(replace(input)).toBe(expected);
	});

	it.each([
		[
			"Liquid in code blocks (DO Jekyll tutorial)",
			"<pre><code>{% for post in site.posts %}\n  {{ post.url }}\n{% endfor %}\n</code></pre>",
		],
		["Jinja in inline code", "<p>Use <code>{{ item }}</code> in the loop.</p>"],
		["Hugo syntax in code", '<pre><code>{{&lt; figure src="x.png" >}}\n</code></pre>'],
		["DigitalOcean [label] extensions", "<p>[label /etc/hosts] and [secondary_label Output]</p>"],
		["a bracketed word in prose", "<p>He said the video [sic] was lost, and [audio] was all they had.</p>"],
		["single braces and math", "<p>The set {1, 2} and $\\{x\\}$ stay.</p>"],
		["already clean input", '<p>Plain <a href="https://x.example/">text</a>.</p>'],
	])("leaves %s alone", (_, input) => {
		const outcome = runStep(replaceShortcodes, input);
		expect(outcome.html).toBe(input);
		expect(outcome.hits).toBe(0);
	});

	it("removes a page builder's layout without a warning (no word is lost), and warns of a removed form", () => {
		const { state } = runStep(
			replaceShortcodes,
			'<p>[vc_row][vc_column]The festival returns.[/vc_column][/vc_row]</p><p>[wpforms id="7"]</p>',
		);
		expect(state.diagnostics).toEqual([
			expect.objectContaining({ rule: "clean/template-tag-removed", message: expect.stringContaining("[wpforms") }),
		]);
	});

	it("removes a theme's table of contents without a warning: a feed has no page to navigate", () => {
		const { html, state } = runStep(
			replaceShortcodes,
			"<p>{{< toc >}}</p><p>Lifetimes confused me.</p><p>{{< table-of-contents >}}</p>",
		);
		// The empty paragraphs left go with the junk rule.
		expect(html).toBe("<p></p><p>Lifetimes confused me.</p><p></p>");
		expect(state.diagnostics).toEqual([]);
	});

	it("removes a TablePress table with a warning: its rows are in the site's database", () => {
		const { html, state } = runStep(replaceShortcodes, "<p>The fees:</p><p>[table id=3 /]</p>");
		expect(html).toBe("<p>The fees:</p><p></p>");
		expect(state.diagnostics).toEqual([
			expect.objectContaining({
				rule: "clean/template-tag-removed",
				message: expect.stringContaining("[table id=3 /]"),
			}),
		]);
	});

	it("warns with the rule id and an estimated line", () => {
		const { state } = runStep(replaceShortcodes, "<p>a</p>\n<p>{% include x.html %}</p>");
		expect(state.diagnostics).toEqual([
			expect.objectContaining({
				severity: "warning",
				rule: "clean/template-tag-removed",
				file: "articles/article.md",
				line: 6,
			}),
		]);
	});

	it("is idempotent", () => {
		const once = replace(
			'<p>{{< figure src="a.png" >}}</p><p>[caption]<img src="b.png"> B[/caption]</p><p>{{ x }}</p>',
		);
		expect(replace(once)).toBe(once);
	});
});

// In Markdown, the URL a Zola gist names was linked by Markdown's linkify before the shortcode was read, which split
// the shortcode and left it in the item as text.
describe("a Zola gist in a Markdown post", () => {
	it("is a link to the gist, with no shortcode left", async () => {
		const html = await renderOneArticle(
			"gist.md",
			'---\ntitle: Pier code\ndate: 2024-03-01\n---\n\nThe code:\n\n{{ gist(url="https://gist.github.com/harbour/0a1b2c3d", file="pier.rs") }}\n',
		);
		expect(html).toContain('href="https://gist.github.com/harbour/0a1b2c3d"');
		expect(html).not.toMatch(/\{\{|\}\}|gist\(/);
	});
});

// Two Jetpack players on consecutive lines are one paragraph: its links were bare URLs, not one player alone, so the
// boilerplate rule took the paragraph at the end of the body for a list of links, and the post lost its video.
describe("a post ending in two Jetpack players", () => {
	it("keeps both links", async () => {
		const html = await renderOneArticle(
			"storm.html",
			"---\ntitle: The storm\ndate: 2016-05-01\n---\n\n<p>Watch the storm hit the pier.</p>\n<p>[youtube https://www.youtube.com/watch?v=Ab3_x-9QzKc]<br>\n[googlemaps https://maps.google.com/maps?q=harbour&amp;output=embed]</p>\n",
		);
		expect(html).toContain('href="https://www.youtube.com/watch?v=Ab3_x-9QzKc"');
		expect(html).toContain('href="https://maps.google.com/maps?q=harbour&amp;output=embed"');
	});
});

// Hugo's figure reads its caption as Markdown (`markdownify`): `**Fig. 1**` in it was read by the post's Markdown
// first, which split the shortcode over the emphasis, so it stayed in the item as text.
describe("a Hugo figure whose caption has Markdown", () => {
	it("is the figure, its caption's words as the page shows them", async () => {
		const html = await renderOneArticle(
			"pier.md",
			'---\ntitle: Pier\ndate: 2024-03-01\n---\n\n{{< figure src="/img/a.jpg" caption="**Fig. 1**: the *old* `pier`" >}}\n',
		);
		expect(html).toBe(
			'<figure><img src="https://harbour.example/img/a.jpg" alt="Fig. 1: the old pier"><figcaption><strong>Fig. 1</strong>: the <em>old</em> <code>pier</code></figcaption></figure>',
		);
	});

	// A link in the caption was made a link by the post's Markdown, which split the shortcode over it: the item showed
	// `{{< figure … >}}` as text. Hugo renders the caption's link, and the credit (`attr`, linked by `attrlink`).
	it("keeps a link in its caption, as Hugo renders it", async () => {
		const html = await renderOneArticle(
			"pier.md",
			'---\ntitle: Pier\ndate: 2024-03-01\n---\n\n{{< figure src="/img/a.jpg" alt="The pier" caption="see [the chart](https://charts.example/) for more" >}}\n',
		);
		expect(html).toBe(
			'<figure><img src="https://harbour.example/img/a.jpg" alt="The pier"><figcaption>see <a href="https://charts.example/">the chart</a> for more</figcaption></figure>',
		);
	});

	it("shows its title, caption and credit, the picture linked where Hugo links it", async () => {
		const html = await renderOneArticle(
			"pier.md",
			'---\ntitle: Pier\ndate: 2024-03-01\n---\n\n{{< figure src="/img/a.jpg" link="/img/a-big.jpg" title="The pier" caption="Old *pier*" attr="Photo: Ann" attrlink="https://credits.example/" >}}\n',
		);
		expect(html).toBe(
			'<figure><a href="https://harbour.example/img/a-big.jpg"><img src="https://harbour.example/img/a.jpg" alt="Old pier"></a><figcaption><strong>The pier</strong><br>Old <em>pier</em> <a href="https://credits.example/">Photo: Ann</a></figcaption></figure>',
		);
	});
});

// Inside a template tag a link is the tag's text (the figure above); an opening `{{` that no `}}` closes is prose
// ("type {{ to open a tag"), and a link after it is the author's link.
describe("a link after a brace that opens no tag", () => {
	it("stays a link", async () => {
		const html = await renderOneArticle(
			"braces.md",
			"---\ntitle: Braces\ndate: 2024-03-01\n---\n\nType {{ to open an expression, then see [the guide](https://guide.example/) and https://spec.example/.\n",
		);
		expect(html).toContain('<a href="https://guide.example/">the guide</a>');
		expect(html).toContain('<a href="https://spec.example/">https://spec.example/</a>');
	});
});
