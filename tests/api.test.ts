import { expect, test } from "vitest";

// The library's public surface: a new export needs a deliberate change here (and in the README).
test("src/index.ts exports exactly the documented API", async () => {
	const api = await import("../src/index.js");
	expect(Object.keys(api).sort()).toEqual([
		"EXIT",
		"build",
		"defineConfig",
		"exitCodeFor",
		"formatDiagnostic",
		"resolveConfig",
	]);
});
