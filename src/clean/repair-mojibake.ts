// Mojibake (ftfy's word): UTF-8 text that was read as Windows-1252 and saved again, as scrapers and old CMS exports
// do, so "Putin’s" reads "Putinâ€™s" and "Klaipėda" "KlaipÄ—da". Each UTF-8 lead byte (C2–EF) became a Latin-1
// letter and each continuation byte (80–BF) a Windows-1252 symbol (or, read as ISO-8859-1, an invisible C1 control);
// only such runs are read back, and only when the bytes they stand for are valid UTF-8 and plausible text, so "à «",
// "AÑO" or „Spaß“ stay. Windows-1252 leaves five bytes undefined: a decoder either kept them as C1 controls or put
// U+FFFD, which is only read back in "â€\uFFFD", a closing quote's.

// The Windows-1252 characters of the bytes 80–9F; the others are Latin-1's own code points.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
// A continuation byte as either decoder left it: Windows-1252's symbol, or ISO-8859-1's C1 control or Latin-1 sign.
const CONTINUATION = `[${CP1252_HIGH}\u0080-\u00bf]`;
// A two-byte sequence (lead C2–DF) or a three-byte one (lead E0–EF); four-byte ones (emoji) start with a letter
// beyond Latin-1's, which no mangled text holds often enough to risk.
const RUN_RE = new RegExp(`(?:[\u00c2-\u00df]${CONTINUATION}|[\u00e0-\u00ef]${CONTINUATION}{2})+`, "g");
const GUARD_RE = new RegExp(`[\u00c2-\u00ef]${CONTINUATION}`);
// What such text holds: Latin letters with marks, Greek, Cyrillic, punctuation, currency and letter-like symbols. A run
// that decodes to anything else is a real pair of characters: German „Spaß“ ends in "ß“", which as bytes is an NKo
// letter.
const PLAUSIBLE_RE = /^[\u00a0-\u024f\u0370-\u03ff\u0400-\u04ff\u2010-\u206f\u20a0-\u20cf\u2100-\u214f]+$/;
const LOST_CLOSING_QUOTE_RE = /â€\ufffd/g;
const decoder = new TextDecoder("utf-8", { fatal: true });

/** Text with its Windows-1252 mojibake read back as the UTF-8 it was; any other text as it is. */
export function repairMojibake(text: string): string {
	if (!GUARD_RE.test(text)) return text;
	return text.replace(LOST_CLOSING_QUOTE_RE, "”").replace(RUN_RE, (run) => {
		const bytes = Uint8Array.from([...run], (char) => {
			const high = CP1252_HIGH.indexOf(char);
			return high === -1 ? (char.codePointAt(0) ?? 0) : 0x80 + high;
		});
		let decoded: string;
		try {
			decoded = decoder.decode(bytes);
		} catch {
			return run;
		}
		return PLAUSIBLE_RE.test(decoded) ? decoded : run;
	});
}
