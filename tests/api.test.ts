import { expect, test } from "vitest";
import { readPublicApi } from "./support/public-api.js";

// The library's public surface: a new export needs a deliberate change here (and in the README's Library API section,
// which tests/readme.test.ts holds to this list). dist/index.d.ts ships exactly these names.
test("src/index.ts exports exactly the documented functions", async () => {
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

test("src/index.ts exports exactly the documented types", () => {
	const values = new Set(["EXIT", "build", "defineConfig", "exitCodeFor", "formatDiagnostic", "resolveConfig"]);
	expect(readPublicApi().names.filter((name) => !values.has(name))).toEqual([
		"BuildOptions",
		"BuildResult",
		"CleanOptions",
		"CleanRuleId",
		"ConfigArchive",
		"ConfigAuthor",
		"ConfigClean",
		"ConfigFeeds",
		"ConfigNotice",
		"ConfigOutput",
		"ConfigResult",
		"ConfigRightsSource",
		"ContentMode",
		"Diagnostic",
		"FeedUrls",
		"FullTextDecision",
		"FullTextRule",
		"PublishedItem",
		"RenderedDocument",
		"RenderedFeeds",
		"ResolvedLicense",
		"ResolvedRights",
		"RightsNotice",
		"RightsOrigin",
		"Severity",
		"SiteConfig",
		"SiteGenerator",
		"SiteRules",
		"SiteSummary",
		"WirefeedConfig",
		"WrittenFile",
	]);
}, 60_000);
