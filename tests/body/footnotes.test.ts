import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { build } from "../../src/index.js";

// Hugo (goldmark), Jekyll (kramdown) and Zola all read `[^name]` footnotes by default; a reader must never see the
// raw markers or the definitions as text.
let tmp: string;
beforeAll(async () => {
	tmp = await mkdtemp(join(tmpdir(), "wirefeed-footnotes-"));
});
afterAll(async () => {
	await rm(tmp, { recursive: true, force: true });
});

test("Markdown footnotes become numbered references and a list of notes at the end", async () => {
	await mkdir(join(tmp, "articles"));
	const body = [
		"The harbour master counted the boats twice.[^count] Nobody asked why.[^why-not]",
		"",
		"The tide came in at noon.",
		"",
		"[^count]: Once at dawn and once at dusk.",
		"[^why-not]: Asking was not the custom.",
	].join("\n");
	await writeFile(join(tmp, "articles", "boats.md"), `---\ntitle: Counting boats\ndate: 2024-05-01\n---\n\n${body}\n`);
	const result = await build({
		config: { url: "https://harbour.example/" },
		articlesDir: "articles",
		cwd: tmp,
		write: false,
		cacheDir: false,
		now: new Date("2025-01-01T00:00:00Z"),
	});
	const html = JSON.parse(result.outputs?.json ?? "{}").items[0].content_html as string;
	expect(html).not.toContain("[^");
	expect(html).toContain("counted the boats twice.<sup>[1]</sup> Nobody asked why.<sup>[2]</sup>");
	// No link to an anchor: ids do not survive sanitizing, so it could only open the website.
	expect(html).not.toMatch(/#fn/);
	expect(html).toMatch(/<li[^>]*>\s*<p>Once at dawn and once at dusk\./);
	expect(html).toMatch(/<li[^>]*>\s*<p>Asking was not the custom\./);
	// The notes come after the article's text.
	expect(html.indexOf("Once at dawn")).toBeGreaterThan(html.indexOf("The tide came in at noon."));
});

// A summary is cut from the cleaned text when an article has none: a reader sees "[1]" there with no note to go to,
// and the notes' own words are not the article's opening.
async function summaryOf(name: string, file: string): Promise<string> {
	return (await itemOf(name, file)).summary;
}

/** Builds one file, named on the first line of `file`, alone in folder `name`: its feed item. */
async function itemOf(name: string, file: string): Promise<{ summary: string; content_html: string }> {
	const dir = join(tmp, name);
	await mkdir(dir);
	await writeFile(join(dir, file.split("\n", 1)[0] as string), file.slice(file.indexOf("\n") + 1));
	const result = await build({
		config: { url: "https://harbour.example/", summaryLength: 2000 },
		articlesDir: name,
		cwd: tmp,
		write: false,
		cacheDir: false,
		now: new Date("2025-01-01T00:00:00Z"),
	});
	return JSON.parse(result.outputs?.json ?? "{}").items[0];
}

test("a summary made from the text carries neither footnote markers nor the notes", async () => {
	const summary = await summaryOf(
		"summary-markdown",
		[
			"nets.md",
			"---",
			"title: Mending nets",
			"date: 2024-05-02",
			"---",
			"",
			"The nets were mended on the quay,[^quay] twice a week.[^week] The gulls watched.[^quay]",
			"",
			"[^quay]: The old quay, not the new one.",
			"[^week]: On Tuesdays and Fridays.",
			"",
		].join("\n"),
	);
	expect(summary).toBe("The nets were mended on the quay, twice a week. The gulls watched.");
});

test("footnotes already rendered by Hugo or Jekyll are left out of a summary too", async () => {
	// goldmark's markup (Hugo) for the first note, kramdown's (Jekyll) for the second.
	const summary = await summaryOf(
		"summary-html",
		[
			"ropes.html",
			"---",
			"title: Coiling ropes",
			"date: 2024-05-03",
			"---",
			'<p>Ropes were coiled sunwise<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup> and hung',
			'to dry<sup id="fnref:2" role="doc-noteref"><a href="#fn:2" class="footnote" rel="footnote">2</a></sup>.</p>',
			'<div class="footnotes" role="doc-endnotes"><hr><ol>',
			'<li id="fn:1"><p>As the sun moves.&#160;<a href="#fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li>',
			'<li id="fn:2"><p>In the loft above the sail shop.</p></li>',
			"</ol></div>",
			"",
		].join("\n"),
	);
	expect(summary).toBe("Ropes were coiled sunwise and hung to dry.");
});

// A heading in a heading (a <span> the sanitizer unwraps held the inner one) does not read back as written, so the
// cleaner cleans what a reader's parser makes of it a second time: the footnote marks must survive that pass.
test("footnotes stay out of a summary when the cleaned body is cleaned a second time", async () => {
	const summary = await summaryOf(
		"summary-second-pass",
		[
			"sails.html",
			"---",
			"title: Drying sails",
			"date: 2024-05-04",
			"---",
			"<h2>Sail loft <span><h3>spring</h3></span></h2>",
			'<p>Sails were dried on the wall<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup> and folded.</p>',
			'<div class="footnotes" role="doc-endnotes"><hr><ol>',
			'<li id="fn:1"><p>The south wall, out of the wind.</p></li>',
			"</ol></div>",
			"",
		].join("\n"),
	);
	expect(summary).toContain("Sails were dried on the wall and folded.");
	expect(summary).not.toMatch(/wall\s*1|south wall/);
});

test("a summary ending at Hugo's <!--more--> leaves out a footnote reference whose note comes after it", async () => {
	const site = join(tmp, "hugo-site");
	await mkdir(join(site, "content", "posts"), { recursive: true });
	await writeFile(join(site, "hugo.toml"), 'baseURL = "https://buoys.example/"\ntitle = "Buoys"\n');
	const body = [
		"The red buoy was moved at dusk.[^dusk] Nobody saw it go.",
		"",
		"<!--more-->",
		"",
		"It turned up a mile to the north.",
		"",
		"[^dusk]: Later than the tide table said.",
	].join("\n");
	await writeFile(
		join(site, "content", "posts", "buoy.md"),
		`---\ntitle: The red buoy\ndate: 2024-05-04\n---\n\n${body}\n`,
	);
	const result = await build({ cwd: site, write: false, cacheDir: false, now: new Date("2025-01-01T00:00:00Z") });
	expect(result.site?.generator).toBe("hugo");
	const summary = JSON.parse(result.outputs?.json ?? "{}").items[0].summary as string;
	expect(summary).toBe("The red buoy was moved at dusk. Nobody saw it go.");
});

test("a footnote label with spaces, which Hugo and kramdown read, is a footnote; a regex's [^ ] in code is not", async () => {
	const item = await itemOf(
		"spaced-labels",
		[
			"tides.md",
			"---",
			"title: Reading the tides",
			"date: 2024-05-04",
			"---",
			"",
			"The tide can be worked out by hand[^by hand] or read from a table.[^table]",
			"",
			"```",
			"grep '[^ \t]' tides.txt",
			"```",
			"",
			"[^by hand]: With the harmonic constants of the port.",
			"[^table]: Printed each winter.",
			"",
		].join("\n"),
	);
	expect(item.content_html).not.toContain("[^by hand]");
	expect(item.content_html).toContain("With the harmonic constants of the port.");
	expect(item.content_html).toMatch(/by hand<sup[^>]*>\[?1\]?<\/sup>/);
	expect(item.content_html).toContain("grep '[^ \t]' tides.txt");
	expect(item.summary).toMatch(/^The tide can be worked out by hand or read from a table\. grep/);
});

test("a spaced footnote label holding $& or $` is a footnote, the text around it kept as written", async () => {
	const item = await itemOf(
		"dollar-labels",
		[
			"fares.md",
			"---",
			"title: Ferry fares",
			"date: 2024-05-05",
			"---",
			"",
			"The fare rose.[^cost $& more] The timetable did not.[^a $` b]",
			"",
			"[^cost $& more]: From 3 to 4 euros.",
			"[^a $` b]: Printed in May.",
			"",
		].join("\n"),
	);
	expect(item.content_html).not.toContain("[^");
	expect(item.content_html).toContain("From 3 to 4 euros.");
	expect(item.content_html).toContain("Printed in May.");
	expect(item.summary).toBe("The fare rose. The timetable did not.");
});
