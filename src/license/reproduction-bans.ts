// Notices that forbid reproduction, in the wording agencies use (BNS; AP, Reuters and AFP footers). One list for both
// uses: the cleaner's `license-notice` rule takes a trailing sentence in these words for the item's notice, and
// `content: "by-rights"` gives such an item only its summary. A wording known to one and not the other left a notice
// in the body and the item in full.
export const REPRODUCTION_BANS: readonly RegExp[] = [
	/\bnot allowed to publish,? quote or reproduce\b/i,
	/\bmay not be (?:re)?published,? broadcast,? rewritten,? (?:or|and) redistributed\b/i,
	// "copied" and not the imperative "do not copy", which an article says too ("do not copy codes from a text message").
	/\b(?:do|may|must) not (?:be )?(?:reproduc|republish|redistribut|copied)/i,
	/\ball rights reserved\b/i,
	/\bwithout (?:the |our )?(?:prior )?(?:express )?written (?:consent|permission)\b/i,
	/\b(?:reproduction|redistribution|republication) (?:is )?(?:strictly )?(?:prohibited|forbidden|not (?:allowed|permitted))\b/i,
];
