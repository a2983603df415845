// What a terminal or a line-based log would act on instead of showing: C0 controls (ESC starts an escape sequence,
// CR and LF start a new line that could forge a diagnostic), DEL, C1 controls (U+009B is an 8-bit CSI), the Unicode
// line and paragraph separators, and the bidirectional overrides that reorder what is shown ("Trojan Source").
const CONTROL_RE =
	// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being escaped.
	/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT_ESCAPES: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** Text made safe to print on one line: every control character written as `\n`, `\t` or `\u001b`. */
export function escapeControls(text: string): string {
	return text.replace(
		CONTROL_RE,
		(char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
	);
}
