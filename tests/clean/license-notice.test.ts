import { describe, expect, it } from "vitest";
import { extractLicenseNotice } from "../../src/clean/license-notice.js";
import type { CleanStep } from "../../src/clean/rule.js";
import { sanitizeTree } from "../../src/clean/sanitize.js";
import { createContext, createOptions, runStep } from "./helpers.js";

const ARTICLE = "<p>The council met on Monday and voted on the budget.</p>\n";

describe("extractLicenseNotice", () => {
	it.each([
		[
			"the BNS wording",
			`${ARTICLE}<p>It is not allowed to publish, quote or reproduce the information of the BNS news agency in the media and on websites without the written consent of the UAB “BNS”.</p>`,
			"It is not allowed to publish, quote or reproduce the information of the BNS news agency in the media and on websites without the written consent of the UAB “BNS”.",
		],
		[
			"AP, inside <em> and parentheses",
			`${ARTICLE}<p><em>(© Copyright 2016 The Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed.)</em></p>`,
			"© Copyright 2016 The Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed.",
		],
		[
			"an agency label before Copyright",
			`${ARTICLE}<p>AP: Copyright 2014 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>`,
			"Copyright 2014 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
		],
		[
			"a leading dash",
			`${ARTICLE}<p>—Copyright 2016 The Associated Press. All rights reserved.</p>`,
			"Copyright 2016 The Associated Press. All rights reserved.",
		],
		[
			"a reprint permission",
			`${ARTICLE}<p><em>Original story reprinted with permission from Harbour Science Monthly, an editorially independent publication of the Example Foundation.</em></p>`,
			"Original story reprinted with permission from Harbour Science Monthly, an editorially independent publication of the Example Foundation.",
		],
		[
			"Copyright ©year in parentheses",
			`${ARTICLE}<p>\n (Copyright ©2016 KTRK-TV. All Rights Reserved.) \n</p>`,
			"Copyright ©2016 KTRK-TV. All Rights Reserved.",
		],
		[
			"a notice in a footer, with heavy whitespace",
			`${ARTICLE}<footer><section><p>\n   © 2016 AFP\n<br></p></section></footer>`,
			"© 2016 AFP",
		],
		[
			"a short copyright line in a div",
			`${ARTICLE}<div><p>Provided as a service.</p><p class="last">Copyright 2016 Reuters.</p></div>`,
			"Copyright 2016 Reuters.",
		],
		[
			"a syndication network's licence footer",
			`${ARTICLE}<p>This article was written by Jane Roe from The Harbour Times and was legally licensed through the Example Wire publisher network. Please direct all licensing questions to legal@wire.example.</p>`,
			"This article was written by Jane Roe from The Harbour Times and was legally licensed through the Example Wire publisher network. Please direct all licensing questions to legal@wire.example.",
		],
		[
			"a news agency whose name is written in lower case, with its wire code",
			`${ARTICLE}<p>© dpa-infocom, dpa:210309-99-123456/3</p>`,
			"© dpa-infocom, dpa:210309-99-123456/3",
		],
		[
			"a Russian agency's statement of whose rights the material is, with its ban",
			`${ARTICLE}<p>Все права на материалы, опубликованные на сайте, принадлежат ЗАО «Интерфакс». Воспроизведение материалов без письменного разрешения запрещено.</p>`,
			"Все права на материалы, опубликованные на сайте, принадлежат ЗАО «Интерфакс». Воспроизведение материалов без письменного разрешения запрещено.",
		],
		[
			"the Ukrainian wording of whose rights the material is",
			`${ARTICLE}<p>Усі права на матеріали належать ТОВ «Приклад Медіа».</p>`,
			"Усі права на матеріали належать ТОВ «Приклад Медіа».",
		],
		[
			"a capitalised Copyright and the agency's name, then the law it cites (Norwegian)",
			`${ARTICLE}<p>Copyright NTB. Materialet er beskyttet etter åndsverkloven.</p>`,
			"Copyright NTB. Materialet er beskyttet etter åndsverkloven.",
		],
		[
			"the Nordic wordings of all rights reserved",
			`${ARTICLE}<p>Alla rättigheter förbehållna.</p>`,
			"Alla rättigheter förbehållna.",
		],
		[
			"MSN's syndication line, which opens the body",
			`<p>© Provided by The Harbour Times</p>${ARTICLE}`,
			"© Provided by The Harbour Times",
		],
		[
			"The Conversation's republication notice",
			`${ARTICLE}<p>This article is republished from The Conversation under a Creative Commons license. Read the original article.</p>`,
			"This article is republished from The Conversation under a Creative Commons license. Read the original article.",
		],
		[
			"a public broadcaster's syndication notice, with where to see more",
			`${ARTICLE}<p>Copyright 2016 NPR. To see more, visit http://www.npr.org/.</p>`,
			"Copyright 2016 NPR. To see more, visit http://www.npr.org/.",
		],
		[
			"a nonprofit newsroom's republication notice, whose licence follows the credit",
			`${ARTICLE}<p>This article was originally published by Example Newsroom, a nonprofit newsroom. It is republished here under a Creative Commons license (CC BY-NC-ND 3.0).</p>`,
			"This article was originally published by Example Newsroom, a nonprofit newsroom. It is republished here under a Creative Commons license (CC BY-NC-ND 3.0).",
		],
		[
			"where the article first appeared, above its copyright line",
			`${ARTICLE}<p>This article originally appeared in The Harbour Times.</p><p>(c) 2021 The Harbour Times Company</p>`,
			"This article originally appeared in The Harbour Times. (c) 2021 The Harbour Times Company",
		],
		[
			"a syndicate's distribution line",
			`${ARTICLE}<p>Distributed by Example Content Agency, LLC.</p>`,
			"Distributed by Example Content Agency, LLC.",
		],
		[
			"lower case",
			`${ARTICLE}<p>copyright 2016 tech times. all rights reserved.</p>`,
			"copyright 2016 tech times. all rights reserved.",
		],
		[
			"the owner before the year, in lower case",
			`${ARTICLE}<p>Copyright © harbournews 2016</p>`,
			"Copyright © harbournews 2016",
		],
		[
			"a trademark mark before the copyright",
			`${ARTICLE}<p>TM &amp; © 2016 Harbour Broadcasting Network, Inc., a Example Company. All rights reserved.</p>`,
			"TM & © 2016 Harbour Broadcasting Network, Inc., a Example Company. All rights reserved.",
		],
		[
			"'All content' before the copyright",
			`${ARTICLE}<p>All content © copyright 2016 WXMP. All rights reserved.</p>`,
			"All content © copyright 2016 WXMP. All rights reserved.",
		],
		[
			"a document subject to copyright (science news sites)",
			`${ARTICLE}<p>This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission. The content is provided for information purposes only.</p>`,
			"This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission. The content is provided for information purposes only.",
		],
		[
			"the BNS wording in Lithuanian",
			`${ARTICLE}<p>Draudžiama BNS informaciją skelbti žiniasklaidos priemonėse bei interneto tinklalapiuose be raštiško UAB „BNS“ sutikimo.</p>`,
			"Draudžiama BNS informaciją skelbti žiniasklaidos priemonėse bei interneto tinklalapiuose be raštiško UAB „BNS“ sutikimo.",
		],
		[
			"all rights reserved in Lithuanian, then a ban",
			`${ARTICLE}<p>Visos teisės saugomos. Kopijuoti ir platinti be raštiško redakcijos sutikimo draudžiama.</p>`,
			"Visos teisės saugomos. Kopijuoti ir platinti be raštiško redakcijos sutikimo draudžiama.",
		],
		[
			"a Russian copying ban",
			`${ARTICLE}<p>Полное или частичное копирование материалов запрещено, при использовании ссылка на источник обязательна.</p>`,
			"Полное или частичное копирование материалов запрещено, при использовании ссылка на источник обязательна.",
		],
		[
			"a Ukrainian reprint ban",
			`${ARTICLE}<p>Усі права захищені. Передрук матеріалів без письмового дозволу редакції заборонено.</p>`,
			"Усі права захищені. Передрук матеріалів без письмового дозволу редакції заборонено.",
		],
		[
			"a German reprint reservation",
			`${ARTICLE}<p>Alle Rechte vorbehalten. Nachdruck nur mit schriftlicher Genehmigung der Redaktion.</p>`,
			"Alle Rechte vorbehalten. Nachdruck nur mit schriftlicher Genehmigung der Redaktion.",
		],
		[
			"a French reproduction ban",
			`${ARTICLE}<p>Tous droits réservés. Reproduction interdite sans autorisation écrite.</p>`,
			"Tous droits réservés. Reproduction interdite sans autorisation écrite.",
		],
		[
			"a Spanish reservation",
			`${ARTICLE}<p>Todos los derechos reservados. Prohibida su reproducción total o parcial.</p>`,
			"Todos los derechos reservados. Prohibida su reproducción total o parcial.",
		],
		[
			"a Latvian agency's ban with its name inside",
			`${ARTICLE}<p>LETA informācijas izmantošana bez LETA rakstiskas atļaujas ir aizliegta.</p>`,
			"LETA informācijas izmantošana bez LETA rakstiskas atļaujas ir aizliegta.",
		],
		[
			"a Lithuanian agency's ban that ends in the verb",
			`${ARTICLE}<p>ELTA informacijos kopijuoti, platinti ar kitaip naudoti be ELTA sutikimo draudžiama.</p>`,
			"ELTA informacijos kopijuoti, platinti ar kitaip naudoti be ELTA sutikimo draudžiama.",
		],
		[
			"a Lithuanian agency's ban with the agency as its subject",
			`${ARTICLE}<p>ELTA draudžia šios informacijos turinį atgaminti, platinti ar kitaip naudoti be ELTA sutikimo.</p>`,
			"ELTA draudžia šios informacijos turinį atgaminti, platinti ar kitaip naudoti be ELTA sutikimo.",
		],
		[
			"a Russian permission only in writing",
			`${ARTICLE}<p>Использование материалов разрешено только с письменного согласия редакции.</p>`,
			"Использование материалов разрешено только с письменного согласия редакции.",
		],
		[
			"a Russian attribution requirement",
			`${ARTICLE}<p>При полном или частичном использовании материалов ссылка на «Гавань-Пресс» обязательна.</p>`,
			"При полном или частичном использовании материалов ссылка на «Гавань-Пресс» обязательна.",
		],
		[
			"a Ukrainian attribution requirement",
			`${ARTICLE}<p>При використанні матеріалів посилання на «Гавань» обов'язкове.</p>`,
			"При використанні матеріалів посилання на «Гавань» обов'язкове.",
		],
		[
			"a Spanish attribution requirement",
			`${ARTICLE}<p>Reproducción autorizada citando la fuente.</p>`,
			"Reproducción autorizada citando la fuente.",
		],
		[
			"a German attribution requirement",
			`${ARTICLE}<p>Bei Verwendung ist die Quelle anzugeben.</p>`,
			"Bei Verwendung ist die Quelle anzugeben.",
		],
		[
			"an English attribution requirement",
			`${ARTICLE}<p>Reproduction is authorised provided the source is acknowledged.</p>`,
			"Reproduction is authorised provided the source is acknowledged.",
		],
		// The Baltic and Ukrainian news sites' own wordings (invented owners, the sites' sentence shapes).
		[
			"a Lithuanian portal's ban on reusing what it published",
			`${ARTICLE}<p>Draudžiama Uostas.lt paskelbtą informaciją panaudoti kitose interneto svetainėse, žiniasklaidos priemonėse ar kitur arba platinti mūsų medžiagą kuriuo nors pavidalu be sutikimo, o jei sutikimas gautas, būtina nurodyti Uostas.lt kaip šaltinį.</p>`,
			"Draudžiama Uostas.lt paskelbtą informaciją panaudoti kitose interneto svetainėse, žiniasklaidos priemonėse ar kitur arba platinti mūsų medžiagą kuriuo nors pavidalu be sutikimo, o jei sutikimas gautas, būtina nurodyti Uostas.lt kaip šaltinį.",
		],
		[
			"a Latvian agency's ban, the agency named inside it",
			`${ARTICLE}<p>Jebkādu OSTA materiālu pārpublicēšana, izplatīšana vai citāda izmantošana bez rakstiskas OSTA atļaujas ir aizliegta.</p>`,
			"Jebkādu OSTA materiālu pārpublicēšana, izplatīšana vai citāda izmantošana bez rakstiskas OSTA atļaujas ir aizliegta.",
		],
		[
			"a French agency's reservation of reproduction rights, above its copyright line",
			`${ARTICLE}<p>Tous droits de reproduction et de représentation réservés.</p><p>© 2020 Agence Exemple-Presse</p>`,
			"Tous droits de reproduction et de représentation réservés. © 2020 Agence Exemple-Presse",
		],
		[
			"an English requirement to link to the agency",
			`${ARTICLE}<p>Any use of the materials is allowed only with a hyperlink to Harbour-Ukraine.</p>`,
			"Any use of the materials is allowed only with a hyperlink to Harbour-Ukraine.",
		],
		[
			"an English requirement of a hyperlink high on the page",
			`${ARTICLE}<p>When citing and using any materials on the Internet, open for search engines, hyperlinks not lower than the first paragraph to "harbour.example" are obligatory.</p>`,
			'When citing and using any materials on the Internet, open for search engines, hyperlinks not lower than the first paragraph to "harbour.example" are obligatory.',
		],
		[
			"a Ukrainian requirement to link to the agency",
			`${ARTICLE}<p>Цитування і використання будь-яких матеріалів в Інтернеті дозволені за умови посилання на «Портінформ», не нижче третього абзацу.</p>`,
			"Цитування і використання будь-яких матеріалів в Інтернеті дозволені за умови посилання на «Портінформ», не нижче третього абзацу.",
		],
		[
			"a Russian requirement to link to the site",
			`${ARTICLE}<p>Использование материалов разрешено только с активной гиперссылкой на сайт «Порт-Экспресс».</p>`,
			"Использование материалов разрешено только с активной гиперссылкой на сайт «Порт-Экспресс».",
		],
		[
			"a syndicated column's footer: the copyright line, where to read the paper, the syndicate",
			`${ARTICLE}<p>___</p><p>(c)2016 The Harbour Bee (Harbour, Calif.)</p><p>Visit The Harbour Bee (Harbour, Calif.) at www.harbourbee.example</p><p>Distributed by Tribune Content Agency, LLC.</p>`,
			"(c)2016 The Harbour Bee (Harbour, Calif.) Visit The Harbour Bee (Harbour, Calif.) at www.harbourbee.example Distributed by Tribune Content Agency, LLC.",
		],
		[
			"a newsroom's free-republication line under its label",
			`${ARTICLE}<p>Harbour Health News is a national newsroom that produces in-depth journalism about health issues.</p><h3>USE OUR CONTENT</h3><p>This story can be republished for free (<a href="https://harbourhealth.example/republish/">details</a>).</p>`,
			"This story can be republished for free (details).",
		],
		[
			"the BNS wording in Latvian",
			`${ARTICLE}<p>BNS informāciju aizliegts publicēt, citēt vai citādi reproducēt masu informācijas līdzekļos un interneta vietnēs bez rakstiskas SIA "BNS" piekrišanas.</p>`,
			'BNS informāciju aizliegts publicēt, citēt vai citādi reproducēt masu informācijas līdzekļos un interneta vietnēs bez rakstiskas SIA "BNS" piekrišanas.',
		],
		[
			"a Polish ban on copying without the editors' consent",
			`${ARTICLE}<p>Kopiowanie i rozpowszechnianie materiałów bez zgody redakcji zabronione.</p>`,
			"Kopiowanie i rozpowszechnianie materiałów bez zgody redakcji zabronione.",
		],
		[
			"a Latvian portal's requirement to name it",
			`${ARTICLE}<p>Materiālu pārpublicēšanas gadījumā atsauce uz OSTAS ZIŅAS obligāta.</p>`,
			"Materiālu pārpublicēšanas gadījumā atsauce uz OSTAS ZIŅAS obligāta.",
		],
		[
			"a news foundation's offer to publishers and its licensing contact",
			`${ARTICLE}<p><em>Content created by The Harbour News Foundation is available without charge to any eligible news publisher that can provide a large audience. For licensing opportunities of our original content, please contact licensing@harbournews.example.</em></p>`,
			"Content created by The Harbour News Foundation is available without charge to any eligible news publisher that can provide a large audience. For licensing opportunities of our original content, please contact licensing@harbournews.example.",
		],
	])("extracts %s", (_, input, notice) => {
		const outcome = runStep(extractLicenseNotice, input);
		expect(outcome.state.notice).toBe(notice);
		expect(outcome.html).not.toMatch(
			/copyright|©|\(c\)|not allowed|draudžiama|запрещено|заборонено|vorbehalten|réservés|reservados/i,
		);
		expect(outcome.html).toContain("voted on the budget");
	});

	it("extracts an element classed copyright after sanitize, whatever its wording", () => {
		const sanitizeThenExtract: CleanStep = (tree, state) =>
			sanitizeTree(tree, state) + extractLicenseNotice(tree, state);
		const outcome = runStep(
			sanitizeThenExtract,
			`${ARTICLE}<footer><section class="copyright"><p>Agence France-Presse</p></section></footer>`,
		);
		expect(outcome.state.notice).toBe("Agence France-Presse");
		expect(outcome.html).toBe(`${ARTICLE}<div></div>`);
	});

	it("finds a licence line that footnotes follow (Hugo, kramdown and markdown-it write them last), and keeps the notes", () => {
		const sanitizeThenExtract: CleanStep = (tree, state) =>
			sanitizeTree(tree, state) + extractLicenseNotice(tree, state);
		const outcome = runStep(
			sanitizeThenExtract,
			`${ARTICLE}<p>This post is licensed under Creative Commons Attribution 4.0 International.</p><div class="footnotes" role="doc-endnotes"><hr><ol><li><p>The vote was close.</p></li><li><p>It passed on the second count.</p></li></ol></div>`,
		);
		expect(outcome.state.notice).toBe("This post is licensed under Creative Commons Attribution 4.0 International.");
		expect(outcome.html).toContain("<li><p>It passed on the second count.</p></li>");
		expect(outcome.html).not.toContain("licensed under");
	});

	it("keeps a credit line that follows the notice in the same paragraph", () => {
		const outcome = runStep(
			extractLicenseNotice,
			`${ARTICLE}<p>© 2016 CBS Interactive Inc. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed. The Associated Press contributed to this report.</p>`,
		);
		expect(outcome.state.notice).toBe(
			"© 2016 CBS Interactive Inc. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.",
		);
		expect(outcome.html).toBe(`${ARTICLE}<p>The Associated Press contributed to this report.</p>`);
	});

	it("finds a notice followed by a separate credit paragraph", () => {
		const outcome = runStep(
			extractLicenseNotice,
			`${ARTICLE}<p>Copyright 2016 The Associated Press. All rights reserved.</p><p>The Associated Press contributed to this report.</p>`,
		);
		expect(outcome.state.notice).toBe("Copyright 2016 The Associated Press. All rights reserved.");
		expect(outcome.html).toBe(`${ARTICLE}<p>The Associated Press contributed to this report.</p>`);
	});

	it("moves a Creative Commons footer with its heading and badge", () => {
		const outcome = runStep(
			extractLicenseNotice,
			`${ARTICLE}<h2>License</h2>\n<p>This post is licensed under <a href="http://creativecommons.org/licenses/by-nc-sa/4.0/">Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International</a>.</p>\n<p><a href="http://creativecommons.org/licenses/by-nc-sa/4.0/"><img src="https://licensebuttons.net/l/by-nc-sa/4.0/88x31.png" alt="CC BY-NC-SA 4.0"></a></p>`,
		);
		expect(outcome.state.notice).toBe(
			"This post is licensed under Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International.",
		);
		expect(outcome.html).toBe(`${ARTICLE}\n\n`);
	});

	it("treats a site footer after the article as a notice", () => {
		const outcome = runStep(
			extractLicenseNotice,
			`${ARTICLE}<div>© Copyright 2006-2016 Example Media, LLC Some rights reserved <a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Service</a><br> example.com | 1 Main St.</div>`,
		);
		expect(outcome.state.notice).toBe(
			"© Copyright 2006-2016 Example Media, LLC Some rights reserved Privacy Policy | Terms of Service example.com | 1 Main St.",
		);
		expect(outcome.html).toBe(ARTICLE);
	});

	it("finds a notice that a photo credit follows, and keeps the credit", () => {
		const outcome = runStep(
			extractLicenseNotice,
			`${ARTICLE}<p>Copyright 2016 The Associated Press. All rights reserved.</p><p>Photo: Ann Roe/Harbour Photos</p>`,
		);
		expect(outcome.state.notice).toBe("Copyright 2016 The Associated Press. All rights reserved.");
		expect(outcome.html).toBe(`${ARTICLE}<p>Photo: Ann Roe/Harbour Photos</p>`);
	});

	it("keeps a byline with a name particle out of the rights", () => {
		const outcome = runStep(extractLicenseNotice, `${ARTICLE}<p>(c) 2016, The Washington Post · Anna van der Berg</p>`);
		expect(outcome.state.notice).toBe("(c) 2016, The Washington Post");
		expect(outcome.html).toBe(`${ARTICLE}<p>Anna van der Berg</p>`);
	});

	it("keeps a footer's words after a separator with the notice when they are no name", () => {
		const outcome = runStep(
			extractLicenseNotice,
			`${ARTICLE}<p>© 2016 Harbour Media · Contact the newsroom · Send us a tip</p>`,
		);
		expect(outcome.state.notice).toBe("© 2016 Harbour Media · Contact the newsroom · Send us a tip");
		expect(outcome.html).toBe(ARTICLE);
	});

	it("keeps a footer's links with the notice: they are no byline", () => {
		const outcome = runStep(
			extractLicenseNotice,
			`${ARTICLE}<p>Copyright © 2016 Harbour Media Inc. | Terms of Use | Privacy Policy</p>`,
		);
		expect(outcome.state.notice).toBe("Copyright © 2016 Harbour Media Inc. | Terms of Use | Privacy Policy");
		expect(outcome.html).toBe(ARTICLE);
	});

	it("keeps the byline out of the rights and in the body", () => {
		const outcome = runStep(
			extractLicenseNotice,
			`${ARTICLE}<p>--</p><p><em>(c) 2016, The Washington Post · Jane Roe </em></p>`,
		);
		expect(outcome.state.notice).toBe("(c) 2016, The Washington Post");
		expect(outcome.html).toBe(`${ARTICLE}<p><em>Jane Roe</em></p>`);
	});

	it.each([
		[
			"on a line of its own after a line break",
			"<p>The last ferry left at nine.<br>Copyright 2016 The Associated Press. All rights reserved.</p>",
			"<p>The last ferry left at nine.</p>",
			"Copyright 2016 The Associated Press. All rights reserved.",
		],
		[
			"after the article's last sentence, starting with the mark",
			"<p>Please credit us when you share. © 2023 Harbour Times</p>",
			"<p>Please credit us when you share.</p>",
			"© 2023 Harbour Times",
		],
		[
			"after a sentence with a link",
			'<p>Read <a href="/r">the full report</a>.<br>\n© 2016 AFP</p>',
			'<p>Read <a href="/r">the full report</a>.</p>',
			"© 2016 AFP",
		],
		[
			"in parentheses on a line of its own",
			"<p>The last ferry left at nine.<br>(Copyright ©2016 KTRK-TV. All Rights Reserved.)</p>",
			"<p>The last ferry left at nine.</p>",
			"Copyright ©2016 KTRK-TV. All Rights Reserved.",
		],
		[
			"in loose text after the last block (a WordPress body without paragraphs)",
			"The last ferry left at nine.<br>\n© 2016 AFP",
			"The last ferry left at nine.",
			"© 2016 AFP",
		],
	])("takes a notice that ends the last paragraph %s, and keeps the paragraph", (_, last, kept, notice) => {
		const outcome = runStep(extractLicenseNotice, `${ARTICLE}${last}`);
		expect(outcome.state.notice).toBe(notice);
		expect(outcome.html).toBe(`${ARTICLE}${kept}`);
	});

	it.each([
		[
			"an emphasised notice, then a sentence of the story",
			"<p><em>Copyright 2016 The Associated Press. All rights reserved.</em> Tickets go on sale on Monday.</p>",
			"<p>Tickets go on sale on Monday.</p>",
			"Copyright 2016 The Associated Press. All rights reserved.",
		],
		[
			"a notice, then a sentence with a link",
			'<p>Copyright 2016 The Associated Press. All rights reserved. The programme is on <a href="/p">the site</a>.</p>',
			'<p>The programme is on <a href="/p">the site</a>.</p>',
			"Copyright 2016 The Associated Press. All rights reserved.",
		],
		[
			"a notice in parentheses, then an editor's note",
			"<p>(Copyright ©2016 KTRK-TV. All Rights Reserved.) Editor's note: This story was updated at noon.</p>",
			"<p>Editor's note: This story was updated at noon.</p>",
			"Copyright ©2016 KTRK-TV. All Rights Reserved.",
		],
		[
			"a copyright line inside a paragraph, a line break after it",
			"<p>The last ferry left at nine. © 2016 AFP<br>Correction: An earlier version gave the wrong hour.</p>",
			"<p>The last ferry left at nine.<br>Correction: An earlier version gave the wrong hour.</p>",
			"© 2016 AFP",
		],
		[
			"a notice line between two lines of the story",
			"<p>The last ferry left at nine.<br>Copyright 2016 The Associated Press. All rights reserved.<br>The Associated Press contributed to this report.</p>",
			"<p>The last ferry left at nine.<br>The Associated Press contributed to this report.</p>",
			"Copyright 2016 The Associated Press. All rights reserved.",
		],
		[
			"a notice and a credit in small print",
			"<p><small>© 2016 AFP<br>Reporting by Jane Roe</small></p>",
			"<p><small>Reporting by Jane Roe</small></p>",
			"© 2016 AFP",
		],
		[
			"a notice, a sentence of the story, another notice",
			"<p>Copyright 2016 The Associated Press. The mayor did not comment. All rights reserved.</p>",
			"<p>The mayor did not comment.</p>",
			"Copyright 2016 The Associated Press. All rights reserved.",
		],
	])("takes only the notice from %s, and keeps the rest with its markup", (_, last, kept, notice) => {
		const outcome = runStep(extractLicenseNotice, `${ARTICLE}${last}`);
		expect(outcome.state.notice).toBe(notice);
		expect(outcome.html).toBe(`${ARTICLE}${kept}`);
	});

	it("applies configured patterns", () => {
		const context = createContext({
			options: createOptions({ noticePatterns: ["^Perspausdinti draudžiama"] }),
		});
		const outcome = runStep(
			extractLicenseNotice,
			`${ARTICLE}<p>Perspausdinti draudžiama be ELTA sutikimo.</p>`,
			context,
		);
		expect(outcome.state.notice).toBe("Perspausdinti draudžiama be ELTA sutikimo.");
	});

	it.each([
		["a credit line alone (Reuters)", `${ARTICLE}<p> (Reporting By Jane Roe; Editing by John Doe)</p>`],
		[
			"copyright mentioned mid-article",
			`<p>The band said the copyright 2016 dispute was settled.</p>${ARTICLE.repeat(5)}`,
		],
		[
			"a last paragraph that merely talks about copyright",
			`${ARTICLE}<p>The court said the copyright on the song had expired.</p>`,
		],
		[
			"a notice sentence at the end of an article paragraph",
			`${ARTICLE}<p>He left early. All rights reserved, he joked.</p>`,
		],
		["a notice inside code", `${ARTICLE}<pre><code>Copyright 2016 Example. All rights reserved.</code></pre>`],
		["a notice that is the article's only text", "<p>© 2016 Example Media. All rights reserved.</p>"],
		["a licence sentence that is the only text", "<p>A tutorial under a short-form Creative Commons licence.</p>"],
		[
			"a last paragraph reporting on a licence",
			`${ARTICLE}<p>The Creative Commons licence CC BY 4.0 lets anyone reuse the photos, the museum said on Monday.</p>`,
		],
		[
			"a last paragraph about a year of copyright cases",
			`${ARTICLE}<p>Copyright 2024 was a record year for music piracy cases, the court said.</p>`,
		],
		["a last paragraph about copyright law", `${ARTICLE}<p>Copyright law changed in 2019.</p>`],
		[
			"a last paragraph whose sentence starts with a capitalised Copyright and an office",
			`${ARTICLE}<p>Copyright Office staff reviewed the harbour museum's photo archive for two weeks.</p>`,
		],
		[
			"a Russian last paragraph reporting whose rights the material is",
			`${ARTICLE}<p>Суд заявил, что все права на материалы архива принадлежат музею.</p>`,
		],
		["a last paragraph naming a copyright reform and its year", `${ARTICLE}<p>Copyright reform 2019</p>`],
		[
			"a Lithuanian last paragraph reporting a ban",
			`${ARTICLE}<p>Teismas pranešė, kad kopijuoti dokumentus be raštiško sutikimo buvo draudžiama.</p>`,
		],
		[
			"a Russian article paragraph that ends in a ban",
			`${ARTICLE}<p>Суд рассмотрел дело во вторник. Копирование этих материалов запрещено без разрешения.</p>`,
		],
		[
			"a Russian last paragraph about copying",
			`${ARTICLE}<p>Суд заявил, что копирование материалов запрещено законом.</p>`,
		],
		[
			"a first paragraph that only mentions who provided something",
			`<p>Provided by the council: maps of the pier.</p>${ARTICLE}`,
		],
		[
			"a last paragraph saying where the article first appeared, without a notice",
			`${ARTICLE}<p>This article originally appeared in The Harbour Times.</p>`,
		],
		[
			"a last paragraph about a book distributed by a company",
			`${ARTICLE}<p>Distributed by a small press in 1990, the book sold only 300 copies.</p>`,
		],
		[
			"a last paragraph that tells readers how to reuse a tool",
			`${ARTICLE}<p>Any use of the app is allowed only with a licence key, the company said.</p>`,
		],
		[
			"a Lithuanian sentence reporting a ban",
			`${ARTICLE}<p>Teismas nusprendė, kad draudžiama naudoti šią informaciją rinkimų kampanijoje.</p>`,
		],
		[
			"a last paragraph about what can be republished",
			`${ARTICLE}<p>The council said the report can be republished by any school in the district.</p>`,
		],
		["already clean input", ARTICLE],
	])("keeps %s", (_, input) => {
		const outcome = runStep(extractLicenseNotice, input);
		expect(outcome.state.notice).toBeUndefined();
		expect(outcome.html).toBe(input);
	});

	it("is idempotent", () => {
		const once = runStep(
			extractLicenseNotice,
			`${ARTICLE}<p>© 2016 AP. All rights reserved. The AP contributed to this report.</p>`,
		);
		const twice = runStep(extractLicenseNotice, once.html);
		expect(twice.html).toBe(once.html);
		expect(twice.state.notice).toBeUndefined();
	});
});

// Agencies' and publishers' notices in more of the languages wirefeed meets, each in its own paragraph under the
// story: the whole paragraph is the item's notice, shown once (none of it left in the body).
describe("agency notices in more languages", () => {
	it.each([
		[
			"Dutch: a reservation and a ban on copying without written consent",
			"© Havenpers. Alle rechten voorbehouden. Niets uit deze uitgave mag worden verveelvoudigd zonder voorafgaande schriftelijke toestemming van Havenpers.",
		],
		[
			"Polish: a reservation, then distribution only with the publisher's consent",
			"Wszelkie prawa zastrzeżone. Materiał chroniony prawem autorskim - dalsze rozpowszechnianie wyłącznie za zgodą wydawcy.",
		],
		[
			"Spanish: an agency's ban on redistribution without consent",
			"© Agencia Puerto 2024. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de Agencia Puerto, sin previo y expreso consentimiento de Agencia Puerto S.A.",
		],
		[
			"Czech: protected by copyright law, no reuse without written consent",
			"Informace z Přístavní agentury jsou chráněny autorským zákonem. Jejich přebírání bez písemného souhlasu agentury je zakázáno.",
		],
		[
			"Slovak: a reservation and a ban without written consent",
			"Všetky práva vyhradené. Šírenie obsahu je bez predchádzajúceho písomného súhlasu vydavateľa zakázané.",
		],
		[
			"Hungarian: protected content, used only with the agency's permission",
			"A Kikötői Hírügynökség tartalma szerzői jogi védelem alatt áll, felhasználása csak a Kikötői Hírügynökség Zrt. engedélyével lehetséges.",
		],
		["Hungarian: a reservation", "Minden jog fenntartva."],
		[
			"Estonian: use without permission forbidden, then a reservation",
			"Sadama Uudiste kasutamine ilma Sadama Uudiste loata on keelatud. Kõik õigused kaitstud.",
		],
		[
			"Russian: use allowed only with a hyperlink",
			"Любое использование материалов допускается только при наличии гиперссылки на «Портовые новости».",
		],
		[
			"Ukrainian: hyperlinks to a site named by its domain are obligatory",
			"При цитуванні і використанні будь-яких матеріалів в Інтернеті відкриті для пошукових систем гіперпосилання не нижче першого абзацу на «harbour.example.ua» обов'язкові.",
		],
		[
			"Italian: reproduction forbidden without authorisation",
			"È vietata la riproduzione, anche parziale, dei contenuti pubblicati senza autorizzazione della Gazzetta del Porto.",
		],
		[
			"Portuguese: reproduction forbidden without written authorisation",
			"É proibida a reprodução total ou parcial deste conteúdo sem autorização prévia por escrito do Jornal do Porto.",
		],
		[
			"Romanian: a reservation and a ban without written consent",
			"Toate drepturile rezervate. Reproducerea integrală sau parțială a materialelor este interzisă fără acordul scris al Portul Media.",
		],
		["Croatian: a reservation", "Sva prava pridržana."],
		["Slovenian: a reservation", "Vse pravice pridržane."],
		["Bulgarian: a reservation", "Всички права запазени."],
		["Turkish: a reservation", "Tüm hakları saklıdır."],
		["Greek: a reservation", "Με την επιφύλαξη παντός δικαιώματος."],
		["Japanese: no reproduction without permission", "記事・写真の無断転載を禁じます。"],
		["Chinese: all rights reserved, no reprint without authorisation", "版权所有，未经授权不得转载。"],
		[
			"Korean: the copyright holder, no reproduction or redistribution",
			"<저작권자(c) 항구뉴스, 무단 전재-재배포 금지>",
		],
		// Korean and Japanese sites write the mark as a circled letter: "ⓒ 연합뉴스", "Ⓒ 2024 …".
		["a circled-letter mark and an owner", "ⓒ Harbour News"],
		["a circled-letter mark, a year and an owner", "Ⓒ 2024 Harbour News Agency"],
		["the owner before the year after a circled-letter mark", "ⓒ harbournews 2016"],
	])("%s", (_, notice) => {
		const escaped = notice.replaceAll("<", "&lt;").replaceAll(">", "&gt;");
		const outcome = runStep(extractLicenseNotice, `${ARTICLE}<p>${escaped}</p>`);
		expect(outcome.state.notice).toBe(notice);
		expect(outcome.html).toBe(ARTICLE);
	});

	it("a circled-letter copyright line after the story's last sentence, in the same paragraph", () => {
		const outcome = runStep(
			extractLicenseNotice,
			`${ARTICLE}<p>The ferry returns on Saturday. ⓒ 2016 Harbour News</p>`,
		);
		expect(outcome.state.notice).toBe("ⓒ 2016 Harbour News");
		expect(outcome.html).toBe(`${ARTICLE}<p>The ferry returns on Saturday.</p>`);
	});

	it("a wire story's end mark before the copyright line goes with it", () => {
		const outcome = runStep(
			extractLicenseNotice,
			`${ARTICLE}<p>(END) Copyright Harbour News Agency. Unauthorized reproduction and redistribution prohibited.</p>`,
		);
		expect(outcome.state.notice).toBe(
			"Copyright Harbour News Agency. Unauthorized reproduction and redistribution prohibited.",
		);
		expect(outcome.html).toBe(ARTICLE);
	});

	it.each([
		// A story about the law, not a notice: reported speech stays, as in English.
		"The court said the photos were protected by copyright law and could not be shown.",
		"Učitelé uvedli, že texty jsou chráněny autorským zákonem.",
		// A story's own bans, in the words of the agencies' notices: election polls, a building permit, alcohol.
		"Está prohibida la publicación de encuestas durante la última semana de campaña.",
		"È vietata la pubblicazione dei sondaggi nei quindici giorni prima del voto.",
		"Ilma loata ehitamine on keelatud ka suvilapiirkonnas.",
		"Distribuirea de alcool către minori este interzisă de lege.",
		"Police said the photos had been used 無断使用 without permission.",
	])("keeps a sentence of the story: %s", (sentence) => {
		const input = `${ARTICLE}<p>${sentence}</p>`;
		const outcome = runStep(extractLicenseNotice, input);
		expect(outcome.html).toBe(input);
		expect(outcome.state.notice).toBeUndefined();
	});
});
