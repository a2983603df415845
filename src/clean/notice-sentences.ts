import { REPRODUCTION_BANS } from "../license/reproduction-bans.js";
import { guardPattern, type TextPattern } from "./patterns.js";
import { collapseWhitespace } from "./tree.js";

// Shared vocabulary: what a rights notice, a wire credit and a byline read like. license-notice moves notices out of
// the body; boilerplate must never take one for site junk. Sources: the BNS wording (shared/examples), the AP, CBS,
// AFP, Reuters, Tech Times and KTRK variants of corpus/notices, the Gatehouse footer, Creative Commons footers, a
// syndication network's licence footer, and the wordings of issue #12 ("AP: Copyright …", "—Copyright …",
// "reprinted with permission").

// What may stand before a notice: dashes, bullets, an opening parenthesis, a wire story's end mark ("(END)"), an agency
// label ("AP:", "Reuters:").
const PREFIX_RE =
	/^(?:[-–—―_*•·>|~=]+\s*|\((?:END|End|end)\)\s*|\((?![cC]\))\s*|(?:\p{Lu}[\p{L}.&-]*\s+){0,2}\p{Lu}[\p{L}.&-]*:\s+)+/u;
// What every PREFIX_RE match has: a dash, a bullet or a parenthesis first, or a colon (see guardPattern).
const PREFIX_GUARD_RE = /^[-–—―_*•·>|~=(]|:/u;

// Wordings that only a rights statement uses, wherever they stand in it: a ban on reproduction, or what a
// licence, a reservation or a permission says.
const RIGHTS_WORDINGS: readonly RegExp[] = [
	...REPRODUCTION_BANS,
	/\bsome rights reserved\b/i,
	/\blicen[cs]ed under\b/i,
	/\b(?:available|published|released|distributed|shared) under (?:a |the |an )?(?:creative commons|CC[ -](?:BY|0)|CC0)\b/i,
	/\b(?:reprinted|republished|reproduced|used|published|appears) (?:here )?with (?:the )?(?:kind )?permission (?:of|from)\b/i,
	// A syndication network's footer: "… was legally licensed through the NewsCred publisher network. Please direct
	// all licensing questions to …".
	/\blegally licen[cs]ed (?:through|via|from|by)\b/i,
	/\b(?:direct|send|address) (?:all |any )?(?:licen[cs]ing|reprint|permissions?) (?:questions|enquiries|inquiries|requests)\b/i,
	// An attribution requirement, the rights statement of sites that allow reuse with credit: "Reproduction is
	// authorised provided the source is acknowledged", "При полном или частичном использовании материалов ссылка на …
	// обязательна", its Ukrainian, Spanish, German and French wordings, and the Baltic "atsauce uz … obligāta".
	/\b(?:reproduction|republication|reuse|redistribution) (?:is )?(?:authori[sz]ed|permitted|allowed) (?:provided|on condition) (?:that )?the source is (?:acknowledged|cited|credited|mentioned|indicated)\b/i,
	/(?:при (?:полном или частичном |частичном или полном )?(?:использовании|цитировании|перепечатке|копировании|воспроизведении)(?: (?:и|или) (?:использовании|цитировании|перепечатке|копировании|воспроизведении))? (?:[^.]{0,40} )?(?:материалов|информации)(?:[^.]|\.(?=\S)){0,100}(?:ссылка|гиперссылка)(?:[^.]|\.(?=\S)){0,100}обязательн|при (?:повному або частковому |частковому або повному )?(?:використанні|цитуванні|передруку|копіюванні|відтворенні)(?: (?:і|та|або) (?:використанні|цитуванні|передруку|копіюванні|відтворенні))? (?:[^.]{0,40} )?(?:матеріалів|інформації)(?:[^.]|\.(?=\S)){0,100}(?:посилання|гіперпосилання)(?:[^.]|\.(?=\S)){0,100}обов[’'ʼ]?язков|reproducción (?:total o parcial )?(?:autorizada|permitida) (?:citando|mencionando|con mención de|indicando) (?:la |el )?(?:fuente|origen)|(?:die )?quelle (?:ist )?anzugeben|unter angabe der quelle|nur mit quellenangabe|reproduction autorisée (?:avec|sous réserve de) (?:la )?mention de la source|atsauce uz [^.]{1,60} (?:ir )?obligāta|nuoroda į [^.]{1,60} (?:yra )?būtina|viide [^.]{1,60} (?:on )?kohustuslik)/i,
	// A requirement to link back, the rights statement of agencies that allow quoting with a link: "Any use of the
	// materials is allowed only with a hyperlink to …", "… hyperlinks not lower than the first paragraph to … are
	// obligatory", "Цитування і використання … дозволені за умови посилання на …", "Использование материалов
	// разрешено только с активной гиперссылкой на …". What is used must be the materials, so a sentence about an app
	// or a key stays.
	/\b(?:any )?(?:use|reproduction|republication|citing|quoting|copying) (?:of )?(?:the |our |any |all )?(?:materials?|content|information|news|texts?)\b[^.]{0,80}\b(?:allowed|permitted|possible) only (?:with|if there is) (?:an? )?(?:active |direct |open |clickable )?(?:hyper)?link\b|\bhyperlinks? (?:[^.]|\.(?=\S)){0,100}\b(?:is|are) (?:obligatory|mandatory|required)\b/i,
	/(?:(?:цитування|використання|передрук|копіювання)[^.]{0,100}(?:дозволен[іоа]|допускається|можлив[еі])[^.]{0,40}(?:за умови|лише з|тільки з|з) (?:активного |прямого )?(?:гіпер)?посилання|(?:цитирование|использование|перепечатка|копирование)[^.]{0,100}(?:разрешен[оаы]?|допускается|возможн[оа])[^.]{0,40}(?:при условии|при наличии|только с|лишь с|с) (?:активной |прямой )?(?:гипер)?ссылк)/i,
	// A newsroom's standing permission: "This story can be republished for free (details)."
	/^(?:this|the) (?:story|article|piece|report|content) (?:can|may) be (?:republished|reprinted|shared) (?:for free|free of charge|at no cost)\b/i,
	// A republication under a licence: "This article is republished from The Conversation under a Creative Commons
	// license", "It is republished here under a Creative Commons license (CC BY-NC-ND 3.0)".
	/\brepublished (?:here |with permission )?(?:from [^.]{1,80} )?under (?:a |the )?(?:creative commons|CC[ -](?:BY|0))\b/i,
	// A news foundation's offer to other publishers and its licensing desk: "Content created by The Harbour News
	// Foundation is available without charge to any eligible news publisher …", "For licensing opportunities of our
	// original content, please contact …".
	/^(?:all )?(?:content|material|articles|stories|reporting) (?:created|produced|written|published) by [^.]{1,80} (?:is|are) available (?:without charge|free of charge|for free|at no (?:cost|charge)) to\b/i,
	/^for (?:licensing|reprint|syndication|republication) (?:opportunities|options|information|inquiries|enquiries|requests|rights)\b[^.]{0,80}\b(?:contact|e-?mail|write to|visit)\b/i,
	// A syndicate's line under a column: "Distributed by Tribune Content Agency, LLC.", "… by Andrews McMeel Syndication".
	/^distributed by [^.]{1,60}\b(?:content agency|syndicate|syndication|news service)\b/i,
	// A Czech agency's first line: "Informace z ČTK jsou chráněny autorským zákonem." (the information is protected by
	// copyright law); what is protected must be the agency's information or content, so a sentence of a story stays.
	/^(?:informace|materiály|obsah|texty|články|zprávy) [^.]{0,80}(?:jsou|je) chráněn[aéyoý]? autorským zákonem/i,
	// A science-news footer: "This document is subject to copyright. Apart from any fair dealing …".
	/\b(?:this|the) (?:document|article|story|material|content|work) is (?:subject to|protected by) copyright\b/i,
];
// A copyright line: the mark, a year (or range) and an owner, never "Copyright 2024 was a record year". A trademark
// or "All content" may stand before the mark ("TM & © 2016 …", a broadcaster's footer).
const COPYRIGHT_YEAR_RE =
	/^(?:(?:TM|™)\s*(?:&|and)\s*|all (?:content|contents|material|materials)\s+)?(?:©|\(c\)|copyright\b)(?:\s*(?:©|\(c\)|copyright\b))*\s*\d{4}(?:\s*[-–]\s*\d{4})?\b(?![-–\d])[,.]?\s*(?:$|(?!(?:was|is|were|has|had|have|saw|sees|will|would|marked|marks|brought|became|began|ended|also|could|should)\b)\S)/iu;
// A copyright line without a year: "© AFP", "Copyright Reuters", "Copyright NTB". Not "Copyright law", "copyright
// holders". After the sign an owner may be written in lower case ("© dpa-infocom, dpa:…"): the word "copyright"
// starts sentences, the sign does not.
const COPYRIGHT_OWNER_START_RE = guardPattern(
	/^(?:©|[Cc]opyright)/u,
	/^(?:©\s*[\p{L}\d]|[Cc]opyright\b\s*[\p{Lu}\d])/u,
);
// What a sentence about copyright names after the word, in any case ("Copyright Office staff reviewed …").
const COPYRIGHT_TOPIC_RE =
	/^(?:©|copyright\b)\s*(?:law|laws|holders?|owners?|infringements?|office|act|claims?|protection|issues?|terms?|notice|rules?|lawsuits?|cases?)\b/i;
const COPYRIGHT_OWNER_RE: TextPattern = {
	test: (text) => COPYRIGHT_OWNER_START_RE.test(text) && !COPYRIGHT_TOPIC_RE.test(text),
};
// The owner before the year, as the whole line: "Copyright © harbournews 2016" (owners in lower case too). The marks
// are read as one run (the group the lookahead captures cannot be given back), then the owner follows them or is
// their last mark's word ("© © 2016"): giving back more marks only makes more words before the year. Read mark by
// mark, a line of 100 KB of "©(c)" was split every way and took seconds.
const COPYRIGHT_OWNER_YEAR_RE =
	/^(?=((?:©|\(c\)|copyright\b)(?:\s*(?:©|\(c\)|copyright\b))*))\1(?:\s*(?!(?:law|laws|holders?|owners?|infringements?|office|act|claims?|protection|issues?|terms?|notice|rules?|lawsuits?|cases?|reform|reforms|directive|bill|week|day|year|month)\b)[^\s\d]|(?<!^(?:©|\(c\)|copyright)))\S*(?:\s+[^\s\d]\S*){0,3}\s+\d{4}(?:\s*[-–]\s*\d{4})?\.?$/i;
// A bare licence name as a footer line: "Creative Commons Attribution-ShareAlike 4.0 International".
const LICENCE_NAME_RE = /^(?:creative commons|CC)[ -](?:BY|attribution|zero|0)\b[^.]{0,80}\.?$/i;
// Reported speech or narrative: a sentence about a licence or a copyright, not a statement of one (issue #12).
const ABOUT_RE =
	/\b(?:said|says|told|tells|according to|ruled|rules that|reported|reports that|announced|argued|claimed|wrote|added|explained)\b/i;
// The same in the languages of REPRODUCTION_BANS' other wordings (\b knows only ASCII letters, so none here).
const ABOUT_ELSEWHERE_RE =
	/(?:pranešė|teigė|sakė|pareiškė|nusprendė|nurodė|заявил|сообщил|сказал|по словам|постановил|решил|заявив|повідомив|сказав|вирішив|sagte|erklärte|a déclaré|selon |dijo|afirmó|según )/i;
const MAX_OWNER_WORDS = 14;

// Wire credits are article text (who reported it), not rights: they stay in the body.
const CREDIT_PATTERNS: readonly TextPattern[] = [
	/\bcontributed to this (?:report|story|article)\b/i,
	guardPattern(
		/(?:reporting|writing|editing|compiled|translated) by/iu,
		/^[^\p{L}\p{N}]{0,2}(?:additional )?(?:reporting|writing|editing|compiled|translated) by\b/iu,
	),
	// A picture's credit under the last photo: "Photo: Ann Roe/Harbour Photos", "Image credit: AFP".
	/^(?:photo|photos|photograph|image|images|picture|video|graphic|illustration)(?: credits?)?:\s*\S/i,
	// A newsroom's note under the story stands where credits stand: "Correction: …", "Editor's note: …".
	/^(?:correction|clarification|editor['’]?s['’]? note)s?:\s*\S/i,
];
// A person's name after a separator: "· Michael E. Miller", "| By Jane Roe", "· Anna van der Berg". Capitals are
// read as capitals (under /i, \p{Lu} would match any letter, and "· Contact the newsroom" would be a name).
const BYLINE_RE =
	/^(?:[Bb]y\s+)?\p{Lu}[\p{L}'’-]*\.?(?:\s+(?:(?:van|von|der|den|de|da|di|du|del|la|le|ter|ten|bin|ibn|al)\s+)*\p{Lu}[\p{L}'’-]*\.?){1,3}$/u;
// What a site footer links to after its copyright line ("| Terms of Use | Privacy Policy"): part of the notice, no name.
const FOOTER_LINK_RE =
	/^(?:terms(?: of (?:use|service))?|privacy(?: policy| notice)?|cookie(?:s| policy)?|contact(?: us)?|about(?: us)?|advertise(?: with us)?|site ?map|accessibility|careers|subscribe|disclaimer|ethics policy)$/i;
const BYLINE_SEPARATOR_RE = /\s+[·|•]\s+/;

// The line-break alternative starts only where a run of whitespace starts: from inside a long run of spaces without a
// newline it would rescan the rest of the run at every character (issue #11). A sentence starts with a capital of
// the Latin, Greek or Cyrillic alphabets (Latin Extended-A mixes cases: a few lower-case letters start one too),
// without Unicode classes, which cost milliseconds to compile. A sentence may end inside parentheses: "(Copyright
// ©2016 KTRK-TV. All Rights Reserved.) Editor's note: …" is two.
const SENTENCE_BREAK_RE =
	/(?<=[.!?]\)?)\s+(?=[-A-Z0-9("“«„©ⓒⒸ—–\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F\u0391-\u03A9\u0400-\u042F\u0490])|(?<!\s)\s*\n\s*/g;

/** A sentence of a block's text, whitespace collapsed, and where it stands in that text (`end` exclusive). */
export interface SentenceSpan {
	readonly text: string;
	readonly start: number;
	readonly end: number;
}

/** The sentences of a block's text (line breaks end one too), with their places in it. */
export function splitSentenceSpans(text: string): SentenceSpan[] {
	const spans: SentenceSpan[] = [];
	let start = 0;
	const add = (end: number) => {
		const sentence = collapseWhitespace(text.slice(start, end));
		if (sentence !== "") spans.push({ text: sentence, start, end });
	};
	for (const match of text.matchAll(SENTENCE_BREAK_RE)) {
		add(match.index);
		start = match.index + match[0].length;
	}
	add(text.length);
	return spans;
}

/** The sentences of a block's text (line breaks end one too). */
export function splitSentences(text: string): string[] {
	return splitSentenceSpans(text).map((span) => span.text);
}

/** The sentence without what may stand before a notice ("AP: ", "—", "("). */
export function stripNoticePrefix(sentence: string): string {
	return PREFIX_GUARD_RE.test(sentence) ? sentence.replace(PREFIX_RE, "") : sentence;
}

// Korean and Japanese sites write the copyright mark as a circled letter ("ⓒ 연합뉴스", "Ⓒ 2024 …"): read as "©".
const CIRCLED_MARK_RE = /[ⓒⒸ]/g;

function readCircledMark(text: string): string {
	return text.includes("ⓒ") || text.includes("Ⓒ") ? text.replace(CIRCLED_MARK_RE, "©") : text;
}

/** True when the sentence states rights: a copyright line, a reproduction ban, a licence or a reprint permission. */
export function isNoticeSentence(sentence: string, extra: readonly RegExp[] = []): boolean {
	if (extra.some((pattern) => pattern.test(sentence))) return true;
	const text = readCircledMark(stripNoticePrefix(sentence.trim()));
	if (ABOUT_RE.test(text) || ABOUT_ELSEWHERE_RE.test(text)) return false;
	if (COPYRIGHT_YEAR_RE.test(text) || COPYRIGHT_OWNER_YEAR_RE.test(text) || LICENCE_NAME_RE.test(text)) return true;
	if (COPYRIGHT_OWNER_RE.test(text) && text.split(/\s+/).length <= MAX_OWNER_WORDS) return true;
	return RIGHTS_WORDINGS.some((pattern) => pattern.test(text));
}

// Where the article first appeared: "This article was originally published by …", "This story originally appeared in
// …", and a syndicated column's "Visit The Harbour Bee at www.harbourbee.example" between its copyright line and
// "Distributed by Tribune Content Agency". Not a notice; part of one when a notice follows it.
const ATTRIBUTION_RE =
	/^(?:this|the) (?:article|story|piece|post|report|column|essay) (?:was |is |has been )?(?:originally |first )?(?:published|appeared|ran|produced) (?:by|in|on|at|for)\b|^visit .{1,80}? (?:at|on) (?:https?:\/\/|www\.)\S+$/i;

/** True for a sentence saying where the article first appeared ("This article originally appeared in …"). */
export function isAttributionSentence(sentence: string): boolean {
	return ATTRIBUTION_RE.test(sentence.trim());
}

// What a notice says after its rights sentences without stating rights itself: The Conversation's "Read the original
// article.", NPR's "To see more, visit http://www.npr.org/.", a science-news footer's "The content is provided for
// information purposes only.", NTB's "Materialet er beskyttet etter åndsverkloven." (the material is protected by
// copyright law), a site footer's address line after its links ("example.com | 1 Main St."). Part of a notice only right after one, in the same block. The spaces before a
// footer's separator belong to the segment they end: given to either side, a line of many failed every way.
const CONTINUATION_RE =
	/^read the original (?:article|story|post|version)\b|^to see more,? visit (?:https?:\/\/|www\.)\S+$|\bprovided (?:for|as) (?:general )?information(?:al)? purposes only\b|\b(?:protected|beskyttet|beskyttes) (?:by|under|etter|efter|av) (?:the )?(?:copyright(?: laws?| act)?|åndsverkloven|ophavsretsloven)(?![\p{L}\d])|^(?:www\.)?[\w-]+(?:\.[\w-]+)+\s*(?:[|·•][^|·•]{1,60})+$/iu;

/** True for a sentence that goes on from the notice before it without stating rights ("Read the original article."). */
export function isNoticeContinuation(sentence: string): boolean {
	return CONTINUATION_RE.test(sentence.trim());
}

/** True for a wire credit ("The Associated Press contributed to this report.", "Editing by …"). */
export function isCreditSentence(sentence: string): boolean {
	return CREDIT_PATTERNS.some((pattern) => pattern.test(sentence.trim()));
}

function isByline(part: string): boolean {
	return BYLINE_RE.test(part) && !FOOTER_LINK_RE.test(part) && !isNoticeSentence(part);
}

/** Splits a byline off a notice: "(c) 2016, The Washington Post · Jane Roe" → the notice and "Jane Roe". */
export function splitByline(notice: string): { readonly notice: string; readonly byline?: string } {
	const parts = notice.split(BYLINE_SEPARATOR_RE);
	let end = parts.length;
	while (end > 1 && isByline((parts[end - 1] ?? "").trim())) end--;
	if (end === parts.length) return { notice };
	return { notice: parts.slice(0, end).join(" · ").trim(), byline: parts.slice(end).join(" · ").trim() };
}
