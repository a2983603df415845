import { realpathSync } from "node:fs";
import { basename, dirname, join, parse, sep } from "node:path";

/**
 * Why the output folder must not be written, or undefined when it may: the root folder, the articles folder and any
 * folder that contains it are refused, through symbolic links too, since the feeds, the manifest, the lock and the temp
 * files would land among the articles (or anywhere). Absolute paths in, `label` is how the user named the folder.
 */
export function checkOutputFolder(outDir: string, articlesDir: string, label: string): string | undefined {
	const out = realPathOf(outDir);
	const articles = realPathOf(articlesDir);
	if (out === parse(out).root) {
		return `the output folder (--out) "${label}" is the root folder; write the feeds into a folder of their own, such as "out"`;
	}
	if (articles === out) {
		return `the output folder (--out) "${label}" is the articles folder; write the feeds into a folder of their own, such as "out"`;
	}
	if (articles.startsWith(out.endsWith(sep) ? out : out + sep)) {
		return `the output folder (--out) "${label}" contains the articles folder; write the feeds into a folder of their own, such as "out"`;
	}
	return undefined;
}

// The real path of the part that exists (symbolic links resolved), with the missing rest appended as written.
function realPathOf(path: string): string {
	const missing: string[] = [];
	for (let existing = path; ; existing = dirname(existing)) {
		try {
			return join(realpathSync(existing), ...missing.reverse());
		} catch {
			if (dirname(existing) === existing) return path;
			missing.push(basename(existing));
		}
	}
}
