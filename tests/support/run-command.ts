import { execFile } from "node:child_process";

/** What a finished process printed and how it ended. */
export interface CommandResult {
	/** Exit code; null when the process was killed (e.g. by the timeout). */
	readonly code: number | null;
	readonly signal: NodeJS.Signals | null;
	readonly stdout: string;
	readonly stderr: string;
}

/** Options of `runCommand`. */
export interface RunOptions {
	readonly cwd?: string;
	readonly env?: NodeJS.ProcessEnv;
	/** Milliseconds before the process is killed (default: 60 s). */
	readonly timeout?: number;
}

/** Runs a program without a shell and resolves with its result whatever its exit code; rejects only if it cannot start. */
export function runCommand(file: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
	return new Promise((resolve, reject) => {
		const child = execFile(
			file,
			args,
			{
				encoding: "utf8",
				maxBuffer: 64 * 1024 * 1024,
				timeout: options.timeout ?? 60_000,
				killSignal: "SIGKILL",
				...(options.cwd !== undefined && { cwd: options.cwd }),
				...(options.env !== undefined && { env: options.env }),
			},
			(error, stdout, stderr) => {
				if (error !== null && typeof error.code === "string") {
					reject(new Error(`cannot run ${file}: ${error.message}`));
					return;
				}
				resolve({
					code: child.exitCode,
					signal: child.signalCode,
					stdout,
					stderr,
				});
			},
		);
		// Readers and the CLI must never wait for input.
		child.stdin?.end();
	});
}
