import { describe, expect, test } from "vitest";
import { decideOutcome } from "../src/decide-outcome.js";

// The write policy as a table: strict × errors × write × outputs current → status, render, write.
const ROWS = [
	{ strict: false, hasErrors: false, write: true, current: false, status: "written", render: true, writes: true },
	{ strict: false, hasErrors: true, write: true, current: false, status: "written", render: true, writes: true },
	{ strict: true, hasErrors: false, write: true, current: false, status: "written", render: true, writes: true },
	{ strict: true, hasErrors: true, write: true, current: false, status: "failed", render: false, writes: false },
	{ strict: true, hasErrors: true, write: true, current: true, status: "failed", render: false, writes: false },
	{ strict: false, hasErrors: false, write: true, current: true, status: "written", render: false, writes: false },
	{ strict: false, hasErrors: true, write: true, current: true, status: "written", render: false, writes: false },
	{ strict: true, hasErrors: false, write: true, current: true, status: "written", render: false, writes: false },
	{ strict: false, hasErrors: false, write: false, current: false, status: "rendered", render: true, writes: false },
	{ strict: true, hasErrors: true, write: false, current: false, status: "rendered", render: true, writes: false },
	{ strict: false, hasErrors: false, write: false, current: true, status: "rendered", render: true, writes: false },
] as const;

describe("decideOutcome", () => {
	test.each(ROWS)(
		"strict $strict, errors $hasErrors, write $write, current $current → $status (render $render, write $writes)",
		({ strict, hasErrors, write, current, status, render, writes }) => {
			expect(decideOutcome({ strict, hasErrors, write, isOutputCurrent: current })).toEqual({
				status,
				render,
				write: writes,
			});
		},
	);
});
