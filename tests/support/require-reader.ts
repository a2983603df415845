import { runCommand } from "./run-command.js";

/** Debian's python: python3-feedparser installs into it, whatever `python3` is first on PATH. */
export const SYSTEM_PYTHON = "/usr/bin/python3";

const INSTALL_HINT = "install it with `apt-get install -y newsboat python3-feedparser` (.ci/run does this)";

/** Throws a clear error unless `/usr/bin/python3` can import `module` (the reader tests fail, never skip). */
export async function requirePythonModule(module: string, debianPackage: string): Promise<void> {
	const result = await runCommand(SYSTEM_PYTHON, ["-c", `import ${module}`], {
		timeout: 30_000,
	}).catch(() => undefined);
	if (result?.code !== 0) {
		throw new Error(`${SYSTEM_PYTHON} cannot import ${module} (Debian package ${debianPackage}); ${INSTALL_HINT}`);
	}
}

/** Throws a clear error unless `program --version` runs. */
export async function requireProgram(program: string): Promise<void> {
	const result = await runCommand(program, ["--version"], {
		timeout: 30_000,
	}).catch(() => undefined);
	if (result?.code !== 0) throw new Error(`${program} is not installed or does not run; ${INSTALL_HINT}`);
}
