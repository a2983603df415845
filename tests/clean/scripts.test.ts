import { describe, expect, test } from "vitest";
import { buildFolder } from "../support/build-folder.js";

// Cleaning rules written with Latin text in mind must not drop or rewrite text in other scripts: every sentence of
// these invented articles (a translated tutorial's shape: `language`, the title in the first `# heading`) is in the
// item, as written.
function article(language: string, paragraphs: readonly string[]): string {
	return `---\nauthor: Invented Author\ndate: 2024-03-01\nlanguage: ${language}\n---\n\n# Title\n\n${paragraphs.join("\n\n")}\n`;
}

async function textOf(language: string, paragraphs: readonly string[]): Promise<string> {
	const { items } = await buildFolder({ "article.md": article(language, paragraphs) });
	const html = items[0]?.content_html ?? "";
	return html.replace(/<[^>]+>/g, "\n");
}

const ARTICLES: Readonly<Record<string, readonly string[]>> = {
	zh: ["目录", "在本教程中，我们将学习如何安装网页服务器。首先，您需要管理员权限。", "短句。", "好的。"],
	ja: ["目次", "このチュートリアルでは、サーバーのインストール方法を説明します。", "はい。", "以上"],
	ko: ["소개", "이 튜토리얼에서는 서버를 설치하는 방법을 배웁니다.", "감사합니다."],
	ar: ["مقدمة", "في هذا الدرس سنتعلم كيفية تثبيت خادم الويب.", "هل تعرف كيف تثبت الخادم؟ نعم.", "شكراً."],
	fa: ["مقدمه", "در این آموزش نصب سرور وب را یاد می‌گیریم.", "ممنون."],
	he: ["הקדמה", "במדריך הזה נלמד איך להתקין שרת אינטרנט, צעד אחר צעד.", "בהצלחה!"],
	th: ["สวัสดี", "บทความนี้เกี่ยวกับเซิร์ฟเวอร์และวิธีติดตั้งทีละขั้นตอน", "จบ"],
	hi: ["नमस्ते", "इस ट्यूटोरियल में हम सर्वर स्थापित करना सीखेंगे।", "धन्यवाद।"],
	vi: ["Giới thiệu", "Trong hướng dẫn này, chúng ta sẽ học cách cài đặt máy chủ web.", "Cảm ơn."],
};

describe("every sentence of an article in another script is kept", () => {
	test.each(Object.entries(ARTICLES))("%s", async (language, paragraphs) => {
		const text = await textOf(language, paragraphs);
		for (const paragraph of paragraphs) expect(text).toContain(paragraph);
	});
});

test("two sentences that differ only in their vowel signs are two sentences, not a repeat (Hindi)", async () => {
	// "He went to the office at seven every day …" and "She went …": Hindi marks the subject's gender in the verbs'
	// vowel signs (जाता/जाती, था/थी) alone.
	const he = "वह हर दिन सुबह सात बजे दफ़्तर जाता था और रात को देर से घर लौटता था।";
	const she = "वह हर दिन सुबह सात बजे दफ़्तर जाती थी और रात को देर से घर लौटती थी।";
	const text = await textOf("hi", [he, "फिर एक दिन सब बदल गया।", she]);
	expect(text).toContain(he);
	expect(text).toContain(she);
});

test("a closing line of emoji is the author's, not a button at the edge of the body", async () => {
	const text = await textOf("en", ["We shipped the release today and everyone celebrated with cake.", "🎉🎉🎉"]);
	expect(text).toContain("🎉🎉🎉");
	const flags = await textOf("en", ["The team met in Vilnius and Tokyo this year.", "🇱🇹 ❤️ 🇯🇵"]);
	expect(flags).toContain("🇱🇹 ❤️ 🇯🇵");
});

test("French keeps its space before ; : ! and ?, which English typography would remove", async () => {
	const paragraphs = [
		"Bonjour ! Voici le guide ; il est court : lisez-le. Prêt ?",
		"Remarque\u00A0: la commande <em>sudo</em> ! Ensuite, redémarrez.",
	];
	const text = await textOf("fr", paragraphs);
	expect(text).toContain(paragraphs[0]);
	expect(text).toContain("Remarque\u00A0: la commande");
	expect(text).toContain("\n ! Ensuite, redémarrez.");
	// The same spacing in English is still a stray space.
	expect(await textOf("en", ["Is it ready ? Yes ."])).toContain("Is it ready? Yes.");
});

test("a sentence many translated tutorials share is kept in Chinese and Japanese, as it is in English", async () => {
	// The same prerequisites in every tutorial of a collection, each language's from one source host: English sentences that
	// recur are the articles' own (only labels and link lists that recur are the site's); so are Chinese and Japanese
	// ones, which end in 。 and have no spaces to count words by.
	const shared: Readonly<Record<string, string>> = {
		en: "Before you begin, you need a server and administrator rights.",
		zh: "在开始之前，您需要一台服务器和管理员权限。",
		ja: "まず、サーバーを用意します。",
	};
	const tools = ["nginx", "mysql", "redis", "node", "git"];
	const files: Record<string, string> = {};
	tools.forEach((tool, index) => {
		for (const [language, sentence] of Object.entries(shared)) {
			files[`${language}-${tool}.md`] =
				`---\nauthor: Invented Author\ndate: 2024-03-0${index + 1}\nlanguage: ${language}\nlicense: cc by-nc-sa\nsource: https://${language}.docs.example.com/tutorials/${tool}\n---\n\n# ${tool}\n\n${tool}: ${language} intro ${index}.\n\n${sentence}\n\n${tool}: ${language} steps ${index}.\n`;
		}
	});
	const { items } = await buildFolder(files);
	expect(items).toHaveLength(15);
	for (const item of items) {
		const language = Object.keys(shared).find((key) => item.content_html.includes(`${key} intro`)) ?? "";
		expect(item.content_html).toContain(shared[language]);
	}
});
