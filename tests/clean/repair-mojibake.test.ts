import { describe, expect, it } from "vitest";
import { cleanPlainText } from "../../src/clean/plain-text.js";
import { repairMojibake } from "../../src/clean/repair-mojibake.js";
import { renderOneArticle } from "../support/render-one-article.js";

// Scraped pages whose UTF-8 was read as Windows-1252 and saved again: "Putin’s" became "Putinâ€™s" (ftfy's
// "mojibake"). Every sequence below is what that round trip makes of the text beside it.
// Node's TextDecoder reads "windows-1252" as ISO-8859-1 (bytes 80–9F become C1 controls), what some tools did;
// others mapped them to Windows-1252's symbols ("€™"). Both are repaired.
const latin1 = (text: string) => new TextDecoder("windows-1252").decode(new TextEncoder().encode(text));
const WINDOWS_1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const mangle = (text: string) =>
	latin1(text).replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252[(char.codePointAt(0) ?? 0) - 0x80] ?? char);

describe("repairMojibake", () => {
	it.each([
		["curly quotes and dashes", "The minister’s visit – “postponed” — again…"],
		["Latin accents", "Café owners in Kraków and São Paulo"],
		["Lithuanian and Latvian letters", "Klaipėdos uostas, Rīgas ostā, ąčęėįšųūž"],
		["Cyrillic", "Москва и Київ"],
		["a no-break space and the euro sign", "10\u00a0km for 5 €"],
	])("restores %s", (_, text) => {
		for (const mangled of [mangle(text), latin1(text)]) {
			expect(mangled).not.toBe(text);
			expect(repairMojibake(mangled)).toBe(text);
		}
	});

	it("restores a closing quote whose last byte the first decoder could not map", () => {
		expect(repairMojibake("cited â€œscheduling reasonsâ€\u009d.")).toBe("cited “scheduling reasons”.");
		expect(repairMojibake("cited â€œscheduling reasonsâ€\ufffd.")).toBe("cited “scheduling reasons”.");
	});

	it.each([
		["French guillemets after a letter", "Il a dit à «\u00a0non\u00a0»."],
		["Spanish capitals", "EL AÑO DE ESPAÑA"],
		["German quotes after ß", "„Das macht Spaß“, sagte er."],
		["a Romanian word", "Ăsta e"],
		["plain text", "The council met on Monday."],
	])("leaves %s alone", (_, text) => {
		expect(repairMojibake(text)).toBe(text);
	});

	it("is idempotent", () => {
		const once = repairMojibake(mangle("Putin’s “colleague”"));
		expect(repairMojibake(once)).toBe(once);
	});

	it("repairs a title, as every plain text is cleaned", () => {
		expect(cleanPlainText(mangle("Minister’s visit postponed"))).toBe("Minister’s visit postponed");
	});

	it("repairs an article's body", async () => {
		const html = await renderOneArticle(
			"2021-02-02-visit.txt",
			`${mangle("Minister’s visit postponed")}\n\n${mangle("The minister’s visit was postponed – “for now”.")}\n`,
		);
		expect(html).toContain("<p>The minister’s visit was postponed – “for now”.</p>");
	});
});
