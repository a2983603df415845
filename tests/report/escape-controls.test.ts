import { describe, expect, it } from "vitest";
import { escapeControls } from "../../src/report/escape-controls.js";

describe("escapeControls", () => {
	it.each([
		["plain text, é, 🔥 and a \\ backslash", "plain text, é, 🔥 and a \\ backslash"],
		["line\nbreak\r\ttab", "line\\nbreak\\r\\ttab"],
		["\u001b[2J clear", "\\u001b[2J clear"],
		["bell\u0007 nul\u0000 del\u007f", "bell\\u0007 nul\\u0000 del\\u007f"],
		["8-bit CSI \u009b2J", "8-bit CSI \\u009b2J"],
		["line\u2028separator\u2029", "line\\u2028separator\\u2029"],
		["\u202eevil\u202c and \u2066isolate\u2069", "\\u202eevil\\u202c and \\u2066isolate\\u2069"],
	])("%j → %j", (input, expected) => {
		expect(escapeControls(input)).toBe(expected);
	});
});
