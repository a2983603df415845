import { beforeAll } from "vitest";

/**
 * Runs `setup` once before the enclosing suite and returns a getter for its value. When setup fails, the getter
 * rethrows its error in every test, so each test fails with the reason (a failing beforeAll would only skip them).
 */
export function useBeforeAll<T>(setup: () => Promise<T>, timeout: number): () => T {
	let outcome: { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown } | undefined;
	beforeAll(async () => {
		outcome = await setup().then(
			(value) => ({ ok: true, value }) as const,
			(error: unknown) => ({ ok: false, error }) as const,
		);
	}, timeout);
	return () => {
		if (outcome === undefined) throw new Error("the suite's setup did not run");
		if (!outcome.ok) throw outcome.error;
		return outcome.value;
	};
}
