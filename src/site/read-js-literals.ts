/** A value written as a literal in JavaScript source: what can be known of it without running it. */
export type LiteralValue = string | number | boolean | null | readonly LiteralValue[] | LiteralObject;
/** An object literal's properties whose values are literals; properties computed by code are left out. */
export interface LiteralObject {
	readonly [key: string]: LiteralValue;
}

/**
 * Reads the object literal that follows `anchor` (a regular expression ending just before the `{`, such as
 * `export default` or `defineConfig(`) in JavaScript or TypeScript source, without running anything: strings, numbers,
 * booleans, nested objects and arrays are read; any property whose value is code (a call, a function, a variable or a
 * template with `${}` that `scope` does not hold) is skipped. `scope` holds the constants the source can see
 * (`SITE.website`, `${BLOG_PATH}`). Undefined when the anchor or a well-formed object is not found.
 */
export function readObjectLiteral(
	source: string,
	anchor: RegExp,
	scope: LiteralObject = {},
): LiteralObject | undefined {
	const code = blankComments(source);
	const match = new RegExp(`${anchor.source}\\s*\\{`, anchor.flags.replace("g", "")).exec(code);
	if (match === null) return undefined;
	const reader = new LiteralReader(code, match.index + match[0].length - 1, scope);
	const value = reader.readValue();
	return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as LiteralObject) : undefined;
}

/**
 * Reads `const NAME = literal;` declarations (JavaScript front matter, `export const SITE_TITLE = "…"`, an object
 * `as const`); others are skipped.
 */
export function readConstLiterals(source: string): Record<string, LiteralValue> {
	const code = blankComments(source);
	const values: Record<string, LiteralValue> = {};
	// A declaration starts at a `;` or a line's start; a run of blank lines is read from its last one (`\s*` after every
	// line break of the run read the rest of it again: quadratic, 80 KB of them took 15 s), the same ends and names.
	const declaration = /(?:^|[;\n])[^\S\n]*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=\n]+)?=\s*/g;
	for (const match of code.matchAll(declaration)) {
		const name = match[1] ?? "";
		const reader = new LiteralReader(code, match.index + match[0].length);
		const value = reader.readValue();
		// Only a whole expression: `const a = "x" + y` is code.
		if (value !== SKIPPED && reader.isAtExpressionEnd()) values[name] = value;
	}
	return values;
}

/**
 * Reads source made only of `const|let|var NAME = literal;` declarations (Eleventy's JavaScript front matter when it
 * holds data only) into their values; undefined as soon as anything else is there, since that is code to run.
 */
export function readLiteralDeclarations(source: string): Record<string, LiteralValue> | undefined {
	const code = blankComments(source);
	const values: Record<string, LiteralValue> = {};
	const declaration = /\s*(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*/y;
	let index = 0;
	while (code.slice(index).trim() !== "") {
		declaration.lastIndex = index;
		const match = declaration.exec(code);
		if (match === null) return undefined;
		const reader = new LiteralReader(code, index + match[0].length);
		const value = reader.readValue();
		if (value === SKIPPED || !reader.isAtExpressionEnd()) return undefined;
		values[match[1] ?? ""] = value;
		index = reader.position();
		if (code[index] === ";") index++;
	}
	return values;
}

const SKIPPED = Symbol("skipped");
type Read = LiteralValue | typeof SKIPPED;

/** A reader over one expression; it never throws: what it cannot read is skipped to the next `,` or closing bracket. */
class LiteralReader {
	constructor(
		private readonly code: string,
		private index: number,
		private readonly scope: LiteralObject = {},
	) {}

	readValue(): Read {
		this.skipSpace();
		const char = this.code[this.index];
		if (char === "{") return this.readObject();
		if (char === "[") return this.readArray();
		if (char === '"' || char === "'") return this.readString(char);
		if (char === "`") return this.readTemplate();
		const number = /^-?(?:\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?|0x[\da-f]+)/i.exec(
			this.code.slice(this.index, this.index + 40),
		);
		if (number !== null && !/[\w$]/.test(this.code[this.index + number[0].length] ?? "")) {
			this.index += number[0].length;
			return Number(number[0].replaceAll("_", ""));
		}
		const word = /^(?:true|false|null)\b/.exec(this.code.slice(this.index, this.index + 6));
		if (word !== null && !this.isFollowedByCode(word[0].length)) {
			this.index += word[0].length;
			return word[0] === "null" ? null : word[0] === "true";
		}
		// A constant the source can see (`SITE.website`), when it is not called or indexed.
		const reference = REFERENCE_RE.exec(this.code.slice(this.index, this.index + 200));
		if (reference !== null && !this.isFollowedByCode(reference[0].length)) {
			const value = lookUp(this.scope, reference[0]);
			if (value !== undefined) {
				this.index += reference[0].length;
				return value;
			}
		}
		this.skipExpression();
		return SKIPPED;
	}

	position(): number {
		this.skipSpace();
		return this.index;
	}

	isAtExpressionEnd(): boolean {
		this.skipSpace();
		// `as const` and `satisfies Type` change no value.
		const assertion = /^(?:as|satisfies)\s+[A-Za-z_$][\w$.]*(?:<[^;\n]*>)?(?:\[\])*/.exec(this.code.slice(this.index));
		if (assertion !== null) this.index += assertion[0].length;
		this.skipSpace();
		const char = this.code[this.index];
		return char === undefined || char === ";" || char === "\n" || /^\s*(?:\n|$)/.test(this.code.slice(this.index));
	}

	private isFollowedByCode(length: number): boolean {
		return /^\s*[.([]/.test(this.code.slice(this.index + length, this.index + length + 3));
	}

	private readObject(): Read {
		this.index++;
		const object: Record<string, LiteralValue> = {};
		for (let last = -1; ; ) {
			this.skipSpace();
			const char = this.code[this.index];
			// A `;`, `)` or `]` where a property should be is no object: skipExpression stops before it, so the reader
			// would start there again for ever (`export const x = {;` in an MDX post hung the build).
			if (char === undefined || this.index === last) return SKIPPED;
			last = this.index;
			if (char === "}") {
				this.index++;
				return object;
			}
			if (char === ",") {
				this.index++;
				continue;
			}
			const key = this.readKey();
			this.skipSpace();
			if (key === undefined || this.code[this.index] !== ":") {
				// A method, a spread, a shorthand property: code.
				this.skipExpression();
				continue;
			}
			this.index++;
			const value = this.readValue();
			if (value !== SKIPPED) object[key] = value;
			this.skipSpace();
			// `value as Type`, `value satisfies T`, or an operator: the property is code after all.
			if (this.code[this.index] !== "," && this.code[this.index] !== "}") {
				delete object[key];
				this.skipExpression();
			}
		}
	}

	private readArray(): Read {
		this.index++;
		const array: LiteralValue[] = [];
		let isWhole = true;
		for (let last = -1; ; ) {
			this.skipSpace();
			const char = this.code[this.index];
			// As in readObject: a `;`, `)` or `}` the reader cannot pass ends it.
			if (char === undefined || this.index === last) return SKIPPED;
			last = this.index;
			if (char === "]") {
				this.index++;
				return isWhole ? array : SKIPPED;
			}
			if (char === ",") {
				this.index++;
				continue;
			}
			const value = this.readValue();
			if (value === SKIPPED) isWhole = false;
			else array.push(value);
			this.skipSpace();
			if (this.code[this.index] !== "," && this.code[this.index] !== "]") {
				isWhole = false;
				this.skipExpression();
			}
		}
	}

	private readKey(): string | undefined {
		const char = this.code[this.index];
		if (char === '"' || char === "'") {
			const value = this.readString(char);
			return typeof value === "string" ? value : undefined;
		}
		const name = /^[A-Za-z_$][\w$]*/.exec(this.code.slice(this.index, this.index + 200));
		if (name === null) return undefined;
		this.index += name[0].length;
		return name[0];
	}

	private readString(quote: string): Read {
		let value = "";
		for (this.index++; this.index < this.code.length; this.index++) {
			const char = this.code[this.index] ?? "";
			if (char === quote) {
				this.index++;
				return value;
			}
			if (char === "\n") return SKIPPED;
			if (char === "\\") {
				const next = this.code[++this.index] ?? "";
				value += ESCAPES[next] ?? next;
				continue;
			}
			value += char;
		}
		return SKIPPED;
	}

	private readTemplate(): Read {
		const end = this.code.indexOf("`", this.index + 1);
		if (end === -1) return SKIPPED;
		const text = this.code.slice(this.index + 1, end);
		this.index = end + 1;
		if (text.includes("\\")) return SKIPPED;
		// Each `${NAME}` must be a string or number constant in scope; anything else is code.
		let isWhole = true;
		const value = replacePlaceholders(text, (expression) => {
			const part = new RegExp(`^${REFERENCE_RE.source.slice(1)}$`).test(expression)
				? lookUp(this.scope, expression)
				: undefined;
			if (typeof part === "string" || typeof part === "number") return String(part);
			isWhole = false;
			return "";
		});
		return isWhole ? value : SKIPPED;
	}

	// Skips to the `,` or closing bracket that ends the current expression, over nested brackets and strings.
	private skipExpression(): void {
		let depth = 0;
		while (this.index < this.code.length) {
			const char = this.code[this.index] ?? "";
			if (char === '"' || char === "'") {
				this.readString(char);
				continue;
			}
			if (char === "`") {
				const end = this.code.indexOf("`", this.index + 1);
				this.index = end === -1 ? this.code.length : end + 1;
				continue;
			}
			if (char === "{" || char === "[" || char === "(") depth++;
			else if (char === "}" || char === "]" || char === ")") {
				if (depth === 0) return;
				depth--;
			} else if ((char === "," || char === ";") && depth === 0) return;
			this.index++;
		}
	}

	private skipSpace(): void {
		while (/\s/.test(this.code[this.index] ?? "")) this.index++;
	}
}

// A name or a chain of properties (`SITE.website`, `config?.site`), as written in code.
const REFERENCE_RE = /^[A-Za-z_$][\w$]*(?:\s*\??\.\s*[A-Za-z_$][\w$]*)*/;

// The value a reference names in scope, undefined when any step is not there.
function lookUp(scope: LiteralObject, reference: string): LiteralValue | undefined {
	let value: LiteralValue | undefined = scope;
	for (const name of reference.split(/\s*\??\.\s*/)) {
		if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.hasOwn(value, name))
			return undefined;
		value = (value as LiteralObject)[name];
	}
	return value === scope ? undefined : value;
}

const ESCAPES: Readonly<Record<string, string>> = { n: "\n", t: "\t", r: "\r", "0": "\0" };

/**
 * A template's text with each `${…}` replaced by `fill(expression)`, the expression trimmed: what
 * `\$\{\s*([^}]*?)\s*\}` replaced, found by a scan that reads the next `}` once (the pattern tried every split of a run
 * of spaces, cubic).
 */
function replacePlaceholders(text: string, fill: (expression: string) => string): string {
	let out = "";
	let last = 0;
	let close = -2;
	for (let open = text.indexOf("${"); open !== -1; open = text.indexOf("${", open + 1)) {
		if (close !== -1 && close < open + 2) close = text.indexOf("}", open + 2);
		if (close === -1) break;
		out += text.slice(last, open) + fill(text.slice(open + 2, close).trim());
		last = close + 1;
		open = close;
	}
	return out + text.slice(last);
}

/**
 * Comments become spaces (strings are left alone), so positions stay and a `//` inside a URL is not a comment: what
 * `("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)|\/\/[^\n]*|\/\*[\s\S]*?\*\/` did, as a scan. The pattern
 * read a string never closed again from every quote of its kind inside it (quadratic: 80 KB took 15 s); a quote that
 * a failed string read as escaped fails the same way, so it is not read again.
 */
export function blankComments(source: string): string {
	let out = "";
	let last = 0;
	// Per quote, where the last string of it that was never closed failed: a quote of it before there fails too, since
	// that string read it as escaped and went on from the same place.
	const failedUntil: Record<string, number> = { '"': -1, "'": -1, "`": -1 };
	const lastCommentEnd = source.lastIndexOf("*/");
	let index = 0;
	while (index < source.length) {
		const char = source[index] ?? "";
		if (char === '"' || char === "'" || char === "`") {
			if (index >= (failedUntil[char] ?? -1)) {
				const string = readString(source, index);
				if (string.isClosed) {
					index = string.end;
					continue;
				}
				failedUntil[char] = string.end;
			}
		} else if (char === "/" && (source[index + 1] === "/" || source[index + 1] === "*")) {
			const end =
				source[index + 1] === "/"
					? source.indexOf("\n", index) === -1
						? source.length
						: source.indexOf("\n", index)
					: lastCommentEnd >= index + 2
						? source.indexOf("*/", index + 2) + 2
						: -1;
			if (end !== -1) {
				out += source.slice(last, index) + source.slice(index, end).replace(/[^\n]/g, " ");
				last = end;
				index = end;
				continue;
			}
		}
		index++;
	}
	return out + source.slice(last);
}

// What `.` does not match, after a backslash.
const LINE_TERMINATOR_RE = /[\n\r\u2028\u2029]/;

/**
 * The string or template literal whose quote is at `start`: its end (after the closing quote), or, when it is never
 * closed, where reading it failed.
 */
function readString(source: string, start: number): { isClosed: boolean; end: number } {
	const quote = source[start];
	for (let index = start + 1; index < source.length; index++) {
		const char = source[index] ?? "";
		if (char === quote) return { isClosed: true, end: index + 1 };
		if (char === "\\") {
			if (index + 1 >= source.length || LINE_TERMINATOR_RE.test(source[index + 1] ?? ""))
				return { isClosed: false, end: index };
			index++;
		} else if (char === "\n" && quote !== "`") return { isClosed: false, end: index };
	}
	return { isClosed: false, end: source.length };
}
