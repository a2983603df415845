import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { load as loadYaml } from "js-yaml";
import { describe, expect, test } from "vitest";
import { describeWith, program } from "./support/require-reader.js";
import { runCommand } from "./support/run-command.js";

// The files in examples/ are what users install on their servers: each is checked by the tool that will read it.

const example = (path: string) => fileURLToPath(new URL(`../examples/${path}`, import.meta.url));
const read = (path: string) => readFileSync(example(path), "utf8");

const CRON_FIELDS = [
	{ name: "minute", min: 0, max: 59 },
	{ name: "hour", min: 0, max: 23 },
	{ name: "day of month", min: 1, max: 31 },
	{ name: "month", min: 1, max: 12 },
	{ name: "day of week", min: 0, max: 7 },
] as const;

/** Problems with one crontab schedule (five fields, crontab(5)): numbers, ranges, lists and steps. */
function checkCronSchedule(fields: readonly string[]): string[] {
	if (fields.length !== 5) return [`expected 5 time fields, found ${fields.length}`];
	return fields.flatMap((field, index) => {
		const { name, min, max } = CRON_FIELDS[index] ?? CRON_FIELDS[0];
		return field.split(",").flatMap((part) => {
			const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
			if (match === null) return [`${name}: "${part}" is not a number, range, * or step`];
			const numbers = [match[2], match[3]].filter((n) => n !== undefined).map(Number);
			if (numbers.some((n) => n < min || n > max)) return [`${name}: "${part}" is outside ${min}-${max}`];
			if (match[4] !== undefined && Number(match[4]) === 0) return [`${name}: step 0`];
			return [];
		});
	});
}

describe("examples/crontab", () => {
	const lines = read("crontab")
		.split("\n")
		.filter((line) => line.trim() !== "" && !line.startsWith("#"));
	const jobs = lines.filter((line) => !/^[A-Z_]+=/.test(line));

	test("has one job, with five valid time fields, running wirefeed build quietly in a folder", () => {
		expect(jobs).toHaveLength(1);
		const fields = (jobs[0] ?? "").split(/\s+/);
		expect(checkCronSchedule(fields.slice(0, 5))).toEqual([]);
		expect(fields.slice(5).join(" ")).toMatch(/^cd \S+ && npx --no-install wirefeed build --quiet --lock-timeout \d+$/);
	});

	test("the checker refuses schedules cron would refuse", () => {
		expect(checkCronSchedule(["*/15", "*", "*", "*"])).toHaveLength(1);
		expect(checkCronSchedule(["60", "*", "*", "*", "*"])).toEqual(['minute: "60" is outside 0-59']);
		expect(checkCronSchedule(["*/0", "*", "*", "*", "*"])).toEqual(["minute: step 0"]);
		expect(checkCronSchedule(["0", "9-17", "1,15", "*/2", "1-5"])).toEqual([]);
	});
});

describeWith([program("systemd-analyze", "systemd")], "examples/systemd", () => {
	test("the service and the timer pass systemd-analyze verify without a warning", async () => {
		const result = await runCommand("systemd-analyze", [
			"verify",
			"--man=no",
			example("systemd/wirefeed.service"),
			example("systemd/wirefeed.timer"),
		]);
		expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
	});

	test("the service runs wirefeed build once, with write access to the feeds and the cache only", () => {
		const service = read("systemd/wirefeed.service");
		expect(service).toMatch(/^Type=oneshot$/m);
		expect(service).toMatch(/^ExecStart=\S+ npx --no-install wirefeed build --quiet --lock-timeout \d+$/m);
		expect(service).toMatch(/^ProtectSystem=strict$/m);
		const workingDirectory = /^WorkingDirectory=(.+)$/m.exec(service)?.[1];
		expect(service).toMatch(
			new RegExp(`^ReadWritePaths=${workingDirectory}/out ${workingDirectory}/node_modules/\\.cache$`, "m"),
		);
	});
});

describe("examples/github-actions/feeds.yml", () => {
	const workflow = loadYaml(read("github-actions/feeds.yml")) as {
		on: { schedule: { cron: string }[] };
		permissions: Record<string, string>;
		jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }>;
	};

	test("parses as YAML, with a valid schedule", () => {
		for (const { cron } of workflow.on.schedule) expect(checkCronSchedule(cron.trim().split(/\s+/))).toEqual([]);
	});

	test("installs, builds the feeds and publishes out/ to Pages", () => {
		const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
		const runs = steps.flatMap((step) => (step.run === undefined ? [] : [step.run]));
		expect(runs).toEqual(["npm ci", "npx wirefeed build"]);
		const upload = steps.find((step) => step.uses?.startsWith("actions/upload-pages-artifact@"));
		expect(upload?.with?.path).toBe("out");
		expect(steps.some((step) => step.uses?.startsWith("actions/deploy-pages@"))).toBe(true);
		expect(workflow.permissions).toMatchObject({ pages: "write", "id-token": "write" });
	});
});
