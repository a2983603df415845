import { describe, expect, test } from "vitest";
import { buildFolder } from "../support/build-folder.js";

// Summaries cut from bodies in scripts without spaces between words (Chinese, Japanese, Thai), with emoji sequences
// and with combining marks: the cut falls between words, never inside a character a reader sees as one, and the
// ellipsis is written once. Invented tutorials in the shape of a translated collection: `language`, the title in the
// body's first `# heading`, no summary of their own. The summary is 280 characters at most (the default).
const LENGTH = 280;

function tutorial(language: string, title: string, body: string): string {
	return `---\nauthor: Invented Author\ndate: 2024-03-01\nlanguage: ${language}\nlicense: cc by-nc-sa\nsource: https://docs.example.com/${language}/tutorials/web-server\n---\n\n# ${title}\n\n${body}\n`;
}

async function summaryOf(language: string, body: string): Promise<{ summary: string }> {
	const { items } = await buildFolder({ "tutorial.md": tutorial(language, "Title", body) });
	const [item] = items;
	if (item === undefined) throw new Error("no item");
	return { summary: item.summary ?? "" };
}

function cutOf(summary: string): string {
	expect(summary.endsWith("…")).toBe(true);
	return summary.slice(0, -1);
}

/** Where Intl.Segmenter puts boundaries of the given granularity in `text`, in UTF-16 offsets. */
function boundaries(text: string, language: string, granularity: "word" | "grapheme"): Set<number> {
	const segments = [...new Intl.Segmenter(language, { granularity }).segment(text)];
	return new Set([...segments.map((segment) => segment.index), text.length]);
}

describe("a summary cut from a body without spaces between words", () => {
	const cases = [
		{
			language: "zh",
			from: 2,
			sentence:
				"在本教程中我们将学习如何在服务器上安装和配置网页服务器并且检查所有设置是否正确如果遇到问题请查看日志文件",
		},
		{
			language: "ja",
			from: 2,
			sentence: "このチュートリアルではサーバーにウェブサーバーをインストールして設定する方法を順番に説明します",
		},
		{
			language: "th",
			from: 1,
			sentence: "ในบทช่วยสอนนี้เราจะเรียนรู้วิธีติดตั้งและตั้งค่าเว็บเซิร์ฟเวอร์บนเครื่องแม่ข่ายของคุณทีละขั้นตอน",
		},
	];

	// Each body starts partway into its sentence (`from`) so that the 280th character falls inside a word.
	test.each(cases)("ends between two words in $language", async ({ language, from, sentence }) => {
		const body = sentence.slice(from) + sentence.repeat(12);
		const { summary } = await summaryOf(language, body);
		const cut = cutOf(summary);
		expect(summary.length).toBeLessThanOrEqual(LENGTH);
		// A sensible length: not a handful of characters because there was no space to cut at.
		expect(cut.length).toBeGreaterThan(LENGTH / 2);
		expect(body.startsWith(cut)).toBe(true);
		expect(boundaries(body, language, "word").has(cut.length)).toBe(true);
	});
});

describe("a summary never splits what a reader sees as one character", () => {
	test("an emoji outside the Basic Multilingual Plane (no lone surrogate)", async () => {
		const { summary } = await summaryOf("en", "😀".repeat(400));
		// A lone surrogate: half of a character outside the Basic Multilingual Plane.
		expect(summary).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
		expect(cutOf(summary)).toMatch(/^(?:😀)+$/u);
	});

	test("emoji joined into one (a family, a flag, a skin tone)", async () => {
		const body = "👨‍👩‍👧‍👦🇱🇹👋🏽".repeat(60);
		const { summary } = await summaryOf("en", body);
		const cut = cutOf(summary);
		expect(body.startsWith(cut)).toBe(true);
		expect(boundaries(body, "en", "grapheme").has(cut.length)).toBe(true);
	});

	test("a letter and its combining marks (Hindi written without a break, decomposed Vietnamese)", async () => {
		const hindi = "कॉन्फ़िगरेशन".repeat(40);
		const { summary } = await summaryOf("hi", hindi);
		expect(boundaries(hindi, "hi", "grapheme").has(cutOf(summary).length)).toBe(true);
		// Decomposed text is composed first (the cleaner writes NFC); what composition leaves as a letter and a mark
		// (a dot below and a hook above on one letter, several marks on one letter) stays whole.
		const vietnamese = "Q\u0323\u0309".repeat(200).normalize("NFC");
		const cut = cutOf((await summaryOf("vi", vietnamese)).summary);
		expect(boundaries(vietnamese, "vi", "grapheme").has(cut.length)).toBe(true);
	});
});

test("the ellipsis is written once when the cut follows the author's own", async () => {
	const { summary } = await summaryOf("en", "Loading… ".repeat(40));
	expect(summary).not.toMatch(/…\s*…$|\.\.\.…$/);
	expect(summary.endsWith("Loading…")).toBe(true);
});

test("text with spaces is still cut at the last space, as before", async () => {
	const { summary } = await summaryOf("en", "The harbour board approved a second ferry berth on Tuesday. ".repeat(10));
	expect(summary).toBe(
		"The harbour board approved a second ferry berth on Tuesday. The harbour board approved a second ferry berth on Tuesday. The harbour board approved a second ferry berth on Tuesday. The harbour board approved a second ferry berth on Tuesday. The harbour board approved a second…",
	);
});

test("a Korean, Arabic or Hindi summary, whose words spaces separate, ends at a space", async () => {
	for (const [language, sentence] of [
		["ko", "이 튜토리얼에서는 서버에 웹 서버를 설치하고 설정하는 방법을 배웁니다. "],
		["ar", "في هذا الدرس سنتعلم كيفية تثبيت خادم الويب وإعداده على الخادم الخاص بك. "],
		["hi", "इस ट्यूटोरियल में हम सीखेंगे कि सर्वर पर वेब सर्वर कैसे स्थापित किया जाता है। "],
	] as const) {
		const body = sentence.repeat(10).trim();
		const cut = cutOf((await summaryOf(language, body)).summary);
		expect(body.startsWith(cut)).toBe(true);
		// What follows the cut is a space, or the sentence's stop (left off before the ellipsis) and a space.
		expect(body.slice(cut.length)).toMatch(/^[.।]? /u);
	}
});
