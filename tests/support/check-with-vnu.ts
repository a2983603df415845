import { createRequire } from "node:module";
import { runCommand } from "./run-command.js";

/** One message of the Nu Html Checker (the W3C's HTML validator, validator.w3.org/nu), as its JSON output gives it. */
export interface VnuMessage {
	readonly type: "error" | "info" | "non-document-error";
	readonly subType?: string;
	readonly url: string;
	readonly lastLine?: number;
	readonly message: string;
}

// The npm package ships the checker's jar and nothing else; it runs on Debian's Java.
const VNU_JAR = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

/**
 * Validates files with the Nu Html Checker: HTML by default, CSS with `css: true`. Returns errors and warnings (info
 * messages of subType "warning"), not the plain info notes. One run for all files: the JVM takes seconds to start.
 */
export async function checkWithVnu(
	files: readonly string[],
	options: { readonly css?: boolean } = {},
): Promise<VnuMessage[]> {
	const args = ["-jar", VNU_JAR, "--format", "json", "--stdout", ...(options.css ? ["--css"] : []), ...files];
	const result = await runCommand("java", args, { timeout: 120_000 });
	let parsed: { messages?: VnuMessage[] };
	try {
		parsed = JSON.parse(result.stdout) as { messages?: VnuMessage[] };
	} catch {
		throw new Error(`the Nu checker printed no report (exit ${result.code}):\n${result.stdout}${result.stderr}`);
	}
	return (parsed.messages ?? []).filter((m) => m.type !== "info" || m.subType === "warning");
}

/** One line per message, for assertion output. */
export function formatVnuMessages(messages: readonly VnuMessage[]): string {
	return messages.map((m) => `${m.url}:${m.lastLine ?? "?"}  ${m.subType ?? m.type}  ${m.message}`).join("\n");
}
