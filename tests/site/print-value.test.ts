import { describe, expect, it } from "vitest";
import { renderHugoParams } from "../../src/site/render-hugo-params.js";
import { renderLiquidValues } from "../../src/site/render-liquid-values.js";

// Both generators print a front matter value the same way but for lists: Liquid runs the items together, Go's template
// writes `[a b]`. A table or a date is no printable value: the tag is left for the cleaner to remove with a warning.
describe("front matter values as the templates print them", () => {
	const page = { crew: ["Ann", "Bo"], berths: 12, open: true, nested: [["a", "b"], "c"], place: { city: "Rye" } };

	it("Liquid: a list's items run together, numbers and booleans as written", () => {
		expect(renderLiquidValues("{{ page.crew }} {{ page.berths }} {{ page.open }} {{ page.nested }}", { page })).toBe(
			"AnnBo 12 true abc",
		);
	});

	it("Hugo: a list as Go prints it, nested too", () => {
		expect(renderHugoParams('{{% param "crew" %}} {{% param berths %}} {{% param nested %}}', { page })).toBe(
			"[Ann Bo] 12 [[a b] c]",
		);
	});

	it("a table is left as written, in both", () => {
		expect(renderLiquidValues("{{ page.place }}", { page })).toBe("{{ page.place }}");
		expect(renderHugoParams("{{% param place %}}", { page })).toBe("{{% param place %}}");
	});
});
