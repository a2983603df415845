// dist/THIRD-PARTY-LICENSES: the licence of every package whose code is in the bundles, found from esbuild's metafile
// (the files that actually went in), so the list can neither miss a bundled package nor name one left out.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const LICENSE_FILE = /^(licen[cs]e|copying)(\.(md|txt|markdown))?$|^licen[cs]e-mit(\.txt)?$/i;

/** The licence notices of the packages that bundle inputs (paths relative to `root`) come from, one section each. */
export function formatThirdPartyLicenses(root, inputs) {
	const packageDirs = new Set();
	for (const input of inputs) {
		// The innermost node_modules/<name> (or node_modules/@scope/<name>) holds the file's own package.
		const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replaceAll("\\", "/"));
		if (match?.[1] !== undefined) packageDirs.add(match[1]);
	}
	const sections = [...packageDirs].map((dir) => {
		const manifest = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
		const licenseFile = readdirSync(join(root, dir)).find((name) => LICENSE_FILE.test(name));
		if (licenseFile === undefined) {
			throw new Error(`bundle: ${manifest.name} is bundled but has no licence file to ship with it`);
		}
		const text = readFileSync(join(root, dir, licenseFile), "utf8").trim();
		return { title: `${manifest.name}@${manifest.version} (${manifest.license})`, text };
	});
	sections.sort((a, b) => (a.title < b.title ? -1 : 1));
	const rule = "-".repeat(80);
	const header = `wirefeed bundles the code of the ${sections.length} packages below into dist/. Each keeps its own licence, reproduced here.`;
	return `${header}\n\n${sections.map((s) => `${rule}\n${s.title}\n${rule}\n\n${s.text}\n`).join("\n")}`;
}
