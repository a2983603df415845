import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { build } from "../../src/index.js";

// A Jekyll post copied into a plain articles folder (no `_config.yml`, so no site is detected): its Markdown links
// still start with `{{ site.url }}`, which only Jekyll fills in. The link is the post's, so it is kept, resolved
// against the feed's `url` as a `{{ site.url }}` in an HTML `href` is.
let tmp: string;
beforeAll(async () => {
	tmp = await mkdtemp(join(tmpdir(), "wirefeed-liquid-"));
});
afterAll(async () => {
	await rm(tmp, { recursive: true, force: true });
});

/** Builds one post, alone in an articles folder of its own, against the feed `url` given: its item's links. */
async function buildPost(post: string, url: string) {
	const articlesDir = await mkdtemp(join(tmp, "articles-"));
	await writeFile(join(articlesDir, "post.md"), post);
	const now = new Date("2025-01-01T00:00:00Z");
	const result = await build({ config: { url }, articlesDir, cwd: tmp, write: false, cacheDir: false, now });
	const html = JSON.parse(result.outputs?.json ?? "{}").items[0].content_html as string;
	const links = [...html.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map(([, href, label]) => [label, href]);
	return { result, html, links };
}

test("{{ site.url }} in Markdown links and reference definitions resolves against the feed's url", async () => {
	const body = [
		"The pier was rebuilt in [spring]({{ site.url }}/2023/04/pier/) and painted in",
		"[summer]({{site.url}}/2023/07/paint/).",
		"",
		"The lamps came [later][lamps], the benches [last][2], and the [gate][gate] is still to come.",
		"",
		"```",
		"[0]: {{ site.url }}/kept/as/written/",
		"```",
		"",
		"[lamps]: {{ site.url }}/2023/09/lamps/",
		'[2]: {{site.url}}{{site.baseurl}}/2023/10/benches/ "Benches"',
		"[gate]: {{ '/plans/gate/' | relative_url }}",
	].join("\n");
	const post = `---\ntitle: The pier\ndate: 2024-01-10\n---\n\n${body}\n`;
	const { result, html, links } = await buildPost(post, "https://pier.example/");
	expect(result.site).toBeUndefined();
	expect(links).toEqual([
		["spring", "https://pier.example/2023/04/pier/"],
		["summer", "https://pier.example/2023/07/paint/"],
		["later", "https://pier.example/2023/09/lamps/"],
		["last", "https://pier.example/2023/10/benches/"],
		["gate", "https://pier.example/plans/gate/"],
	]);
	expect(html).not.toMatch(/\[lamps\]|\[2\]|%7B/);
	// Code shows what the author wrote.
	expect(html).toContain("[0]: {{ site.url }}/kept/as/written/");
	expect(result.diagnostics.filter((d) => d.rule === "clean/template-tag-removed")).toEqual([]);
});

// A Jekyll project site lives under a path (`baseurl: /harbour`, served at https://pier.example/harbour/): its links
// say `{{ site.baseurl }}` or `relative_url` for that path, and `{{ site.url }}` for the host alone. Without the
// site's config, the feed's `url` is the site, so its path is the base path.
test("{{ site.baseurl }} and relative_url keep the path of the feed's url; {{ site.url }} is its origin", async () => {
	const body = [
		"The [ferry]({{ site.baseurl }}/2023/05/ferry/) and the [quay]({{ site.url }}{{ site.baseurl }}/2023/06/quay/)",
		"were rebuilt; the [map]({{ '/maps/harbour/' | relative_url }}) shows both, the [port authority]({{ site.url }}/authority/)",
		'runs them, and the <a href="{{ site.baseurl }}/tides/">tide tables</a> say when.',
	].join("\n");
	const post = `---\ntitle: The ferry\ndate: 2024-02-10\n---\n\n${body}\n`;
	const { links } = await buildPost(post, "https://pier.example/harbour/");
	expect(links).toEqual([
		["ferry", "https://pier.example/harbour/2023/05/ferry/"],
		["quay", "https://pier.example/harbour/2023/06/quay/"],
		["map", "https://pier.example/harbour/maps/harbour/"],
		["port authority", "https://pier.example/authority/"],
		["tide tables", "https://pier.example/harbour/tides/"],
	]);
});

// The same copied post's code: Jekyll's `{% highlight %}` block is code, and `{% raw %}` only tells Liquid to leave
// what it wraps alone. Read as stray tags, the code became a paragraph (its `*` emphasis, its lines joined) and the
// markers were warned about; in a fenced block the author wrote, the same tags are an example and stay.
test("{% highlight %} blocks are code and {% raw %} markers go, outside code only", async () => {
	const body = [
		"Count the boats:",
		"",
		"{% highlight ruby linenos %}",
		"total = boats * crews * 2",
		"puts total",
		"{% endhighlight %}",
		"",
		"{% raw %}",
		"```liquid",
		"{{ page.title }}",
		"```",
		"{% endraw %}",
		"",
		"Written in a Jekyll post:",
		"",
		"```",
		"{% highlight go %}",
		"{% endhighlight %}",
		"```",
	].join("\n");
	const post = `---\ntitle: The boats\ndate: 2024-01-10\n---\n\n${body}\n`;
	const { result, html } = await buildPost(post, "https://pier.example/");
	expect(result.site).toBeUndefined();
	expect(html).toContain('<pre><code class="language-ruby">total = boats * crews * 2\nputs total\n</code></pre>');
	expect(html).toContain('<pre><code class="language-liquid">{{ page.title }}\n</code></pre>');
	expect(html).toContain("<pre><code>{% highlight go %}\n{% endhighlight %}\n</code></pre>");
	expect(html).not.toMatch(/raw %|<em>/);
	expect(result.diagnostics.filter((d) => d.rule === "clean/template-tag-removed")).toEqual([]);
});

// A code block in a list item is indented with the item's text: the fence made of it closes at that indentation, or
// the item ends at the closing fence, which then opens a code block holding the rest of the post.
test.each([
	["{% highlight bash %}", "{% endhighlight %}"],
	["{{< highlight bash >}}", "{{< /highlight >}}"],
])("a %s block in a list item stays in the item, the rest of the post after it", async (open, close) => {
	const body = [
		"1. Open a shell:",
		"",
		`   ${open}`,
		"   ls -la",
		`   ${close}`,
		"",
		"2. Read the list.",
		"",
		"Then sail.",
	];
	const post = `---\ntitle: The shell\ndate: 2024-01-10\n---\n\n${body.join("\n")}\n`;
	const { html } = await buildPost(post, "https://pier.example/");
	expect(html).toContain('<pre><code class="language-bash">ls -la\n</code></pre>');
	expect(html).toContain("<li>\n<p>Read the list.</p>\n</li>");
	expect(html).toContain("<p>Then sail.</p>");
});

// What `{% raw %}` wraps in prose is the author's text: Jekyll 4.3 writes this post's paragraphs as "write {{
// page.title }} in the layout", "looks like {% for post in site.posts %} and" and "{% link about.md %} is written".
// Unwrapped and then read as stray tags, they were removed with a warning. A tag outside raw is still Jekyll's to fill
// in, and goes; code, in a fence or a span, is left as written.
test("{% raw %} in prose shows the tags it wraps, as Jekyll does; code keeps its tags", async () => {
	const body = [
		"To print a page's title, write {% raw %}{{ page.title }}{% endraw %} in the layout.",
		"",
		"A loop looks like {% raw %}{% for post in site.posts %}{% endraw %} and ends with its own tag.",
		"",
		"{% raw %}{% link about.md %}{% endraw %} is written as it is. The date was {{ page.date }}.",
		"",
		"```liquid",
		"{% raw %}{{ site.title }}{% endraw %} and {{ page.url }}",
		"```",
		"",
		"Inline: `{{ page.date }}`.",
	].join("\n");
	const post = `---\ntitle: Liquid tips\ndate: 2024-03-01\n---\n\n${body}\n`;
	const { result, html } = await buildPost(post, "https://pier.example/");
	expect(result.site).toBeUndefined();
	expect(html).toContain("<p>To print a page's title, write {{ page.title }} in the layout.</p>");
	expect(html).toContain("<p>A loop looks like {% for post in site.posts %} and ends with its own tag.</p>");
	expect(html).toContain("<p>{% link about.md %} is written as it is. The date was.</p>");
	expect(html).toContain("{% raw %}{{ site.title }}{% endraw %} and {{ page.url }}\n</code></pre>");
	expect(html).toContain("<code>{{ page.date }}</code>");
	expect(result.diagnostics.filter((d) => d.rule === "clean/template-tag-removed").map((d) => d.message)).toEqual([
		'removed template tag "{{ page.date }}" outside code',
	]);
});

test("a copied post's figure include and gist tag keep their picture and link, outside a site too", async () => {
	const body = [
		"The lamp room after painting.",
		"",
		'{% include image.html url="https://pier.example/img/lamp.jpg" description="The lamp room" %}',
		"",
		"{% gist 0a1b2c3d4e5f %}",
	].join("\n");
	const post = `---\ntitle: The lamp room\ndate: 2024-01-10\n---\n\n${body}\n`;
	const { result, html } = await buildPost(post, "https://pier.example/");
	expect(html).toContain(
		'<figure><img src="https://pier.example/img/lamp.jpg" alt="The lamp room"><figcaption>The lamp room</figcaption></figure>',
	);
	expect(html).toContain('href="https://gist.github.com/0a1b2c3d4e5f"');
	expect(result.diagnostics.filter((d) => d.rule === "clean/template-tag-removed")).toEqual([]);
});

// A Liquid comment is the author's note to themselves: Jekyll renders none of it, so a copied post shows none of it.
test("a {% comment %} block goes with what it holds, in prose but not in code", async () => {
	const body = [
		"The pier opens at six.",
		"",
		"{% comment %}",
		"Check the times with the harbour master before publishing.",
		"{% endcomment %}",
		"",
		"The gate {% comment %}(which gate?){% endcomment %} closes at ten.",
		"",
		"```",
		"{% comment %}kept as written{% endcomment %}",
		"```",
	].join("\n");
	const { result, html } = await buildPost(
		`---\ntitle: The pier\ndate: 2024-01-10\n---\n\n${body}\n`,
		"https://pier.example/",
	);
	expect(html).toContain("The pier opens at six.");
	expect(html).toMatch(/The gate\s+closes at ten\./);
	expect(html).not.toMatch(/harbour master|which gate/);
	expect(html).toContain("{% comment %}kept as written{% endcomment %}");
	expect(result.diagnostics.filter((d) => d.rule === "clean/template-tag-removed")).toEqual([]);
});

// kramdown's extensions, as a Jekyll post copied out of its site still has them: a comment shows nothing, an
// abbreviation's definition is no text, `{::nomarkdown}` keeps its HTML without the markers.
test("kramdown's comments, nomarkdown and abbreviation definitions show no syntax outside a site", async () => {
	const body = [
		"The lamp room is open.",
		"",
		"{::comment}",
		"Ask about the key.",
		"{:/comment}",
		"",
		'{::nomarkdown}<span class="x">Kept as HTML.</span>{:/nomarkdown}',
		"",
		"*[HTML]: HyperText Markup Language",
		"",
		"```",
		"{::comment}kept in code{:/comment}",
		"```",
	].join("\n");
	const { html } = await buildPost(
		`---\ntitle: The lamp room\ndate: 2024-01-10\n---\n\n${body}\n`,
		"https://pier.example/",
	);
	expect(html).toContain("The lamp room is open.");
	expect(html).toContain("Kept as HTML.");
	expect(html.replace(/<pre>[\s\S]*<\/pre>/, "")).not.toMatch(/Ask about the key|\{::|\{:\/|\*\[HTML\]|HyperText/);
	expect(html).toContain("<pre><code>{::comment}kept in code{:/comment}\n</code></pre>");
});

/** Builds posts together in an articles folder of their own: the result and its items. */
async function buildPosts(posts: Readonly<Record<string, string>>) {
	const articlesDir = await mkdtemp(join(tmp, "articles-"));
	for (const [name, text] of Object.entries(posts)) await writeFile(join(articlesDir, name), text);
	const now = new Date("2025-01-01T00:00:00Z");
	const config = { url: "https://pier.example/" };
	const result = await build({ config, articlesDir, cwd: tmp, write: false, cacheDir: false, now });
	const items = JSON.parse(result.outputs?.json ?? "{}").items as { url: string; content_html: string }[];
	return { result, items };
}

/** Two of the three links of the linking post lead to the linked one's item; the third keeps its text, with a warning. */
async function expectFolderLinks(posts: Readonly<Record<string, string>>, linkedText: string, lost: RegExp) {
	const { result, items } = await buildPosts(posts);
	const linked = items.find((item) => item.content_html.includes(linkedText));
	const linking = items.find((item) => item.content_html.includes("See "));
	expect(linking?.content_html).toContain(`<a href="${linked?.url}">the first</a>`);
	expect(linking?.content_html).toContain(`<a href="${linked?.url}">again</a>`);
	expect(linking?.content_html).toContain("a lost one");
	expect(linking?.content_html).not.toContain("](");
	expect(result.diagnostics.map((d) => d.message).join("\n")).toMatch(lost);
}

// Hugo's references are paths from content/ (`/posts/tides.md`): the folder copied is content/posts, so the post is
// found by the end of the path, as a Zola page's `@/` link is.
test("Hugo's ref and relref by their path from content/ link to the folder's post", async () => {
	await expectFolderLinks(
		{
			"tides.md": "---\ntitle: Tides\ndate: 2019-01-01\n---\n\nThe tide tables.\n",
			"pier.md":
				'---\ntitle: Pier\ndate: 2019-01-02\n---\n\nSee [the first]({{< ref "/posts/tides.md" >}}), [again]({{< relref "posts/tides" >}}) and [a lost one]({{< ref "/posts/gone.md" >}}).\n',
		},
		"The tide tables.",
		/gone\.md/,
	);
});

// Jekyll posts copied together into a plain folder: a `{% post_url %}` or `{% link %}` naming a post of the folder
// links to that post's item, as it linked to its page on the site.
test("{% post_url %} and {% link %} to a post of the same folder link to that post's item", async () => {
	await expectFolderLinks(
		{
			"2013-09-19-first.md": "---\ntitle: First\n---\n\nThe first note.\n",
			"2013-09-22-second.md":
				"---\ntitle: Second\n---\n\nSee [the first]({% post_url 2013-09-19-first %}), [again]({% link 2013-09-19-first.md %}) and [a lost one]({% post_url 2010-01-01-gone %}).\n",
		},
		"The first note.",
		/2010-01-01-gone/,
	);
});

// Hugo posts copied together into a plain folder: `[x]({{< ref "other.md" >}})` is a link Markdown cannot read (the
// shortcode has spaces and quotes), so it showed as "[x]()" once the shortcode went. A post of the folder is linked,
// any other reference keeps its label, with a warning.
test("Hugo's ref and relref to a post of the same folder link to that post's item", async () => {
	await expectFolderLinks(
		{
			"tides.md": "---\ntitle: Tides\ndate: 2019-01-01\n---\n\nThe tide tables.\n",
			"pier.md":
				'---\ntitle: Pier\ndate: 2019-01-02\n---\n\nSee [the first]({{< ref "tides.md" >}}), [again]({{< relref "/tides" >}}) and [a lost one]({{< ref "gone.md" >}}).\n',
		},
		"The tide tables.",
		/gone\.md/,
	);
});

// Jekyll 3 (GitHub Pages' Jekyll) gives `{% post_url %}` without the site's baseurl, so posts write
// `{{ site.baseurl }}{% post_url … %}`: the tag names the whole URL there, and the base before it goes.
test("{{ site.baseurl }} before a {% post_url %} or {% link %} tag adds nothing to the post's link", async () => {
	const { items } = await buildPosts({
		"2013-09-19-first.md": "---\ntitle: First\n---\n\nThe first note.\n",
		"2013-09-22-second.md":
			"---\ntitle: Second\n---\n\nSee [the first]({{ site.baseurl }}{% post_url 2013-09-19-first %}) and [again]({{ site.url }}{{ site.baseurl }}{% link 2013-09-19-first.md %}).\n",
	});
	const linked = items.find((item) => item.content_html.includes("The first note."));
	const linking = items.find((item) => item.content_html.includes("See "));
	expect(linking?.content_html).toContain(`<a href="${linked?.url}">the first</a>`);
	expect(linking?.content_html).toContain(`<a href="${linked?.url}">again</a>`);
});

// The older spelling of relative_url, from posts written for Jekyll 2 and 3: `prepend: site.baseurl`, and
// `prepend: site.url` after it for the whole address.
test("prepend: site.baseurl (and site.url) in a Markdown link keeps the path of the feed's url", async () => {
	const body =
		'The [ferry]({{ "/2023/05/ferry/" | prepend: site.baseurl }}) and the [quay]({{ "/2023/06/quay/" | prepend: site.baseurl | prepend: site.url }}).';
	const { links } = await buildPost(
		`---\ntitle: The ferry\ndate: 2024-02-10\n---\n\n${body}\n`,
		"https://pier.example/harbour/",
	);
	expect(links).toEqual([
		["ferry", "https://pier.example/harbour/2023/05/ferry/"],
		["quay", "https://pier.example/harbour/2023/06/quay/"],
	]);
});

// An Octopress blog's post (Jekyll with Octopress's plugins, 2011–2015) copied into a plain folder: its image,
// quotation, code and pull-quote tags are the post's picture and text, not stray template tags.
test("Octopress's img, blockquote, codeblock and pullquote tags keep their picture, quotation and code", async () => {
	const body = [
		"Here is the harbour:",
		"",
		"{% img /images/harbour.png 400 300 The harbour at night %}",
		"",
		'{% img right http://pier.example/boat.jpg "A boat" "Two boats at the pier" %}',
		"",
		"{% blockquote Jane Roe http://talks.example/pier Her talk on piers %}",
		"Ships are safe in harbour, but that is not what *ships* are for.",
		"{% endblockquote %}",
		"",
		"{% blockquote Ann Lee, The Pier Book %}",
		"Every pier is a promise.",
		"{% endblockquote %}",
		"",
		"{% codeblock Ahoy lang:ruby %}",
		'puts "ahoy" * 2',
		"{% endcodeblock %}",
		"",
		"{% codeblock harbour.py %}",
		"print('ahoy')",
		"{% endcodeblock %}",
		"",
		"{% pullquote %}",
		'The lamps were lit, and {" the pier was ours again "} for the summer.',
		"{% endpullquote %}",
		"",
		"{% video http://pier.example/films/launch.mp4 640 320 http://pier.example/films/launch.jpg %}",
		"",
		"{% vimeo 48912912 %}",
	].join("\n");
	const post = `---\ntitle: Octopress\ndate: 2014-03-02 10:15\n---\n\n${body}\n`;
	const { result, html, links } = await buildPost(post, "https://pier.example/");
	expect(html).toContain(
		'<img src="https://pier.example/images/harbour.png" alt="The harbour at night" width="400" height="300">',
	);
	expect(html).toContain('<img src="http://pier.example/boat.jpg" alt="Two boats at the pier">');
	expect(html).toMatch(
		/<blockquote>\s*<p>Ships are safe in harbour, but that is not what <em>ships<\/em> are for.<\/p>\s*<p>— Jane Roe, <a href="http:\/\/talks.example\/pier">Her talk on piers<\/a><\/p>\s*<\/blockquote>/,
	);
	expect(html).toMatch(
		/<blockquote>\s*<p>Every pier is a promise.<\/p>\s*<p>— Ann Lee, The Pier Book<\/p>\s*<\/blockquote>/,
	);
	expect(html).toMatch(/<p>Ahoy<\/p>\s*<pre><code class="language-ruby">puts "ahoy" \* 2\n<\/code><\/pre>/);
	expect(html).toMatch(/<p>harbour.py<\/p>\s*<pre><code class="language-py">print\('ahoy'\)\n<\/code><\/pre>/);
	expect(html).toContain("<p>The lamps were lit, and the pier was ours again for the summer.</p>");
	expect(links).toContainEqual(["Her talk on piers", "http://talks.example/pier"]);
	expect(html).toContain('href="http://pier.example/films/launch.mp4"');
	expect(html).toContain('href="https://vimeo.com/48912912"');
	expect(html).not.toMatch(/\{%|%\}|\{"|"\}/);
	expect(result.diagnostics.filter((d) => d.rule === "clean/template-tag-removed")).toEqual([]);
});

// An Eleventy post's `{% youtube "id" %}` quotes the id, as its shortcodes' arguments are JavaScript strings: the
// quotes went into the watch URL (`?v=%22Ab3_x-9QzKc%22`).
test("a quoted video id is the video's, without its quotes", async () => {
	const post = '---\ntitle: Ferry\ndate: 2023-04-02\n---\n\nWe took the ferry.\n\n{% youtube "Ab3_x-9QzKc" %}\n';
	const { links } = await buildPost(post, "https://harbour.example/");
	expect(links.map(([, href]) => href)).toContain("https://www.youtube.com/watch?v=Ab3_x-9QzKc");
});

test("an include named after its player, given the video's id, links to the video", async () => {
	const post =
		'---\ntitle: Ferry\ndate: 2015-06-01\n---\n\nWe took the ferry.\n\n{% include youtube.html id="Ab3_x-9QzKc" %}\n';
	const { links, result } = await buildPost(post, "https://harbour.example/");
	expect(links.map(([, href]) => href)).toContain("https://www.youtube.com/watch?v=Ab3_x-9QzKc");
	expect(result.diagnostics.filter((d) => d.rule === "clean/template-tag-removed")).toEqual([]);
});

// A Hugo post copied into a plain folder prints its own front matter values with Hugo's `param` shortcode; removed,
// it left holes in the sentence. A key the post does not set (the site's `[params]`, not there) still goes, with a
// warning.
test("Hugo's param shortcode gives the post's own front matter value", async () => {
	const { result, items } = await buildPosts({
		"pier.md":
			'---\ntitle: Pier\ndate: 2019-01-02\nlocation: North Quay\nberth:\n  name: "*B2*"\n---\n\nWritten at {{< param location >}}, berth {{< param "berth.name" >}} ({{% param "berth.name" %}}), for {{< param "site_only" >}}readers.\n',
	});
	expect(items[0]?.content_html).toContain("<p>Written at North Quay, berth *B2* (<em>B2</em>), for readers.</p>");
	expect(result.diagnostics.filter((d) => d.rule === "clean/shortcode-removed").map((d) => d.message)).toEqual([
		"removed the {{< param >}} shortcode",
	]);
});
