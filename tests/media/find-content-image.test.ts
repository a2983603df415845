import { describe, expect, test } from "vitest";
import { findContentImage } from "../../src/media/find-content-image.js";

describe("findContentImage", () => {
	test.each([
		{
			name: "the first image wider than 200 px",
			html: '<p>Text</p><p><img src="https://cdn.example.net/big.jpg" alt="" width="640" height="360"></p>',
			expected: { url: "https://cdn.example.net/big.jpg", type: "image/jpeg", width: 640, height: 360 },
		},
		{
			name: "past an icon and an image of unknown size",
			html: '<img src="https://x.org/icon.png" width="32" height="32"><img src="https://x.org/u.png"><img src="https://x.org/wide.gif" width="201">',
			expected: { url: "https://x.org/wide.gif", type: "image/gif", width: 201 },
		},
		{
			name: "inside a figure, with an unknown extension",
			html: '<figure><img src="https://x.org/photo?id=3" width="800"><figcaption>A</figcaption></figure>',
			expected: { url: "https://x.org/photo?id=3", width: 800 },
		},
	])("finds $name", ({ html, expected }) => {
		expect(findContentImage(html)).toEqual(expected);
	});

	test.each([
		{ name: "no image", html: "<p>Only text.</p>" },
		{ name: "exactly 200 px", html: '<img src="https://x.org/a.jpg" width="200">' },
		{ name: "no width", html: '<img src="https://x.org/a.jpg" height="900">' },
		{ name: "a width in percent", html: '<img src="https://x.org/a.jpg" width="100%">' },
		{ name: "a relative source", html: '<img src="/a.jpg" width="900">' },
		{ name: "a data URL", html: '<img src="data:image/png;base64,AAAA" width="900">' },
		{
			name: "an image inside code, as text",
			html: "<pre><code>&lt;img src=&quot;https://x.org/a.jpg&quot; width=&quot;900&quot;&gt;</code></pre>",
		},
	])("finds nothing in $name", ({ html }) => {
		expect(findContentImage(html)).toBeUndefined();
	});
});
