import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { pingHubs } from "../../src/publish/ping-hubs.js";
import { type HubAnswer, type LocalHub, startLocalHub } from "../support/websub-hub.js";

const TOPICS = ["https://news.example.org/rss.xml", "https://news.example.org/atom.xml"];
// Short backoff so the retries run quickly; what is asserted is the number of requests, never a duration.
const FAST = { timeoutMs: 10_000, backoffMs: 10 };

const hubs: LocalHub[] = [];
async function hub(...answers: HubAnswer[]): Promise<LocalHub> {
	const started = await startLocalHub(answers.length > 0 ? answers : undefined);
	hubs.push(started);
	return started;
}
afterEach(async () => {
	await Promise.all(hubs.splice(0).map((h) => h.close()));
});

describe("pingHubs", () => {
	it("sends one valid publish request per topic and reports nothing when the hub takes them", async () => {
		const local = await hub(204);
		const { results, diagnostics } = await pingHubs([local.url], TOPICS, FAST);
		expect(local.requests.map((r) => r.problems)).toEqual([[], []]);
		expect(local.requests.map((r) => r.topic).sort()).toEqual([...TOPICS].sort());
		expect(results.every((r) => r.ok && r.attempts === 1)).toBe(true);
		expect(diagnostics).toEqual([]);
	});

	it.each([200, 202])("takes %i as accepted too", async (status) => {
		const local = await hub(status);
		expect((await pingHubs([local.url], TOPICS.slice(0, 1), FAST)).diagnostics).toEqual([]);
	});

	it("retries a hub that answers 503 and succeeds on the third attempt", async () => {
		const local = await hub(503, 503, 204);
		const { results, diagnostics } = await pingHubs([local.url], TOPICS.slice(0, 1), FAST);
		expect(local.requests).toHaveLength(3);
		expect(results[0]).toMatchObject({ ok: true, attempts: 3 });
		expect(diagnostics).toEqual([]);
	});

	it("gives up after three attempts with a publish/hub-failed warning naming the hub, topic and reason", async () => {
		const local = await hub(500);
		const { diagnostics } = await pingHubs([local.url], TOPICS.slice(0, 1), FAST);
		expect(local.requests).toHaveLength(3);
		expect(diagnostics).toEqual([
			expect.objectContaining({ severity: "warning", rule: "publish/hub-failed", file: local.url }),
		]);
		expect(diagnostics[0]?.message).toContain(TOPICS[0]);
		expect(diagnostics[0]?.message).toContain("HTTP 500, 3 attempts");
	});

	it("does not retry an answer that a retry cannot change (4xx)", async () => {
		const local = await hub(404);
		const { diagnostics } = await pingHubs([local.url], TOPICS.slice(0, 1), FAST);
		expect(local.requests).toHaveLength(1);
		expect(diagnostics[0]?.message).toContain("HTTP 404, 1 attempt");
	});

	it("times out a hub that never answers, and retries it", async () => {
		const local = await hub("hang");
		const { diagnostics } = await pingHubs([local.url], TOPICS.slice(0, 1), { ...FAST, timeoutMs: 300 });
		expect(local.requests).toHaveLength(3);
		expect(diagnostics[0]?.message).toContain("no answer within 0.3 s");
	});

	it("reports a hub nobody listens on", async () => {
		const port = await freePort();
		const { diagnostics } = await pingHubs([`http://127.0.0.1:${port}/hub`], TOPICS.slice(0, 1), FAST);
		expect(diagnostics).toEqual([expect.objectContaining({ rule: "publish/hub-failed" })]);
		expect(diagnostics[0]?.message).toContain("ECONNREFUSED");
	});

	it("one failing hub does not keep the others from being told", async () => {
		const good = await hub(204);
		const bad = await hub(500);
		const { diagnostics } = await pingHubs([bad.url, good.url], TOPICS, FAST);
		expect(good.requests.filter((r) => r.problems.length === 0)).toHaveLength(2);
		expect(diagnostics.map((d) => d.file)).toEqual([bad.url, bad.url]);
	});

	it("the local hub rejects a request that is not a valid publish ping", async () => {
		const local = await hub(204);
		await fetch(local.url, { method: "POST", body: "hub.mode=subscribe", headers: { "content-type": "text/plain" } });
		expect(local.requests[0]?.problems).toEqual([
			'content-type "text/plain"',
			'hub.mode ["subscribe"]',
			"0 hub.url parameters",
		]);
	});
});

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const address = server.address();
	await new Promise<void>((resolve) => server.close(() => resolve()));
	if (address === null || typeof address === "string") throw new Error("no port");
	return address.port;
}
