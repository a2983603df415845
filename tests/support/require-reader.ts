import { spawnSync } from "node:child_process";
import { describe } from "vitest";

/** Debian's python: python3-feedparser installs into it, whatever `python3` is first on PATH. */
export const SYSTEM_PYTHON = "/usr/bin/python3";

/** Something a suite needs from the machine, and the Debian package that provides it. */
export interface Requirement {
	/** What is checked, for the skip message: `newsboat`, `python3 feedparser`, … */
	readonly name: string;
	readonly debianPackage: string;
	/** True when the machine has it. */
	readonly isPresent: () => boolean;
}

/** A program that answers `program --version` (or `versionFlag`) with exit code 0. */
export function program(name: string, debianPackage: string, versionFlag = "--version"): Requirement {
	return {
		name,
		debianPackage,
		isPresent: () => spawnSync(name, [versionFlag], { stdio: "ignore", timeout: 30_000 }).status === 0,
	};
}

/** A module Debian's python can import. */
export function pythonModule(module: string, debianPackage: string): Requirement {
	return {
		name: `python3 ${module}`,
		debianPackage,
		isPresent: () =>
			spawnSync(SYSTEM_PYTHON, ["-c", `import ${module}`], { stdio: "ignore", timeout: 30_000 }).status === 0,
	};
}

export const NEWSBOAT = program("newsboat", "newsboat", "-v");
export const FEEDPARSER = pythonModule("feedparser", "python3-feedparser");
export const SQLITE3 = pythonModule("sqlite3", "python3");
/** Debian's Chromium, driven headless through playwright-core (never a downloaded browser). */
export const CHROMIUM = program("/usr/bin/chromium", "chromium");
/** A Java runtime for the Nu Html Checker (the `vnu-jar` devDependency). */
export const JAVA = program("java", "default-jre-headless", "-version");

const checked = new Map<Requirement, boolean>();

/**
 * `describe` when the machine has every requirement. Outside CI a missing one skips the suite with one line naming
 * the packages to install; with `CI` set (.ci/run sets it, and installs them) a missing one fails the suite.
 */
export function describeWith(requirements: readonly Requirement[], name: string, body: () => void): void {
	const missing = requirements.filter((r) => {
		if (!checked.has(r)) checked.set(r, r.isPresent());
		return checked.get(r) === false;
	});
	if (missing.length === 0 || process.env.CI) {
		describe(name, () => {
			if (missing.length > 0) {
				throw new Error(`${formatMissing(missing)} (CI must have them: .ci/run installs them)`);
			}
			body();
		});
		return;
	}
	console.warn(`skipped "${name}": ${formatMissing(missing)}`);
	describe.skip(name, body);
}

function formatMissing(missing: readonly Requirement[]): string {
	const packages = [...new Set(missing.map((r) => r.debianPackage))].join(" ");
	return `needs ${missing.map((r) => r.name).join(", ")}; install with \`apt-get install -y ${packages}\``;
}

/** The site generators whose links and dates wirefeed claims to match (Debian: hugo; jekyll with ruby-jekyll-feed). */
export const HUGO = program("hugo", "hugo", "version");
export const JEKYLL = program("jekyll", "jekyll ruby-jekyll-feed", "--version");
