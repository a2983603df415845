import packageJson from "../../package.json" with { type: "json" };
import { createDiagnostic, type Diagnostic } from "../diagnostic.js";

/** How hard to try each hub. */
export interface PingOptions {
	/** Per request (default: 5 s): a slow hub must not hold up a cron job. */
	readonly timeoutMs?: number;
	/** Requests per hub and topic, the first included (default: 3). */
	readonly attempts?: number;
	/** Wait before the second attempt, doubled before each further one (default: 500 ms). */
	readonly backoffMs?: number;
}

/** The outcome of telling one hub about one topic. */
export interface PingResult {
	readonly hub: string;
	readonly topic: string;
	readonly ok: boolean;
	readonly attempts: number;
	/** `HTTP 503`, `timed out after 5 s`, `ECONNREFUSED`… for a failed ping. */
	readonly reason?: string;
}

/**
 * Tells each hub that each topic (a feed's self URL) changed, as a WebSub publisher does: a form-encoded POST with
 * `hub.mode=publish` and `hub.url=<topic>` (the PubSubHubbub 0.4 publish request, which WebSub §7 leaves to hubs and
 * which the public hubs accept). Network errors, time-outs, 429 and 5xx answers are retried with backoff; any other
 * answer is final. Never throws: a hub that does not take the ping is a `publish/hub-failed` warning, because the feeds
 * are already written and subscribers still get them at their next poll.
 */
export async function pingHubs(
	hubs: readonly string[],
	topics: readonly string[],
	options: PingOptions = {},
): Promise<{ readonly results: readonly PingResult[]; readonly diagnostics: readonly Diagnostic[] }> {
	const results = await Promise.all(hubs.flatMap((hub) => topics.map((topic) => pingOnce(hub, topic, options))));
	const diagnostics = results
		.filter((result) => !result.ok)
		.map((result) =>
			createDiagnostic(
				"warning",
				"publish/hub-failed",
				`hub was not told that ${result.topic} changed (${result.reason}, ${result.attempts} ${result.attempts === 1 ? "attempt" : "attempts"}); the feed is written and subscribers get it at their next poll`,
				{ file: result.hub },
			),
		);
	return { results, diagnostics };
}

async function pingOnce(hub: string, topic: string, options: PingOptions): Promise<PingResult> {
	const attempts = options.attempts ?? 3;
	const timeoutMs = options.timeoutMs ?? 5000;
	let wait = options.backoffMs ?? 500;
	let reason = "";
	for (let attempt = 1; attempt <= attempts; attempt++) {
		const answer = await post(hub, topic, timeoutMs);
		if (answer.ok) return { hub, topic, ok: true, attempts: attempt };
		reason = answer.reason;
		if (!answer.isRetryable || attempt === attempts) return { hub, topic, ok: false, attempts: attempt, reason };
		await new Promise((resolve) => setTimeout(resolve, wait));
		wait *= 2;
	}
	return { hub, topic, ok: false, attempts, reason };
}

async function post(
	hub: string,
	topic: string,
	timeoutMs: number,
): Promise<{ readonly ok: true } | { readonly ok: false; readonly reason: string; readonly isRetryable: boolean }> {
	try {
		const response = await fetch(hub, {
			method: "POST",
			headers: {
				"content-type": "application/x-www-form-urlencoded",
				"user-agent": `wirefeed/${packageJson.version}`,
			},
			body: new URLSearchParams({ "hub.mode": "publish", "hub.url": topic }).toString(),
			signal: AbortSignal.timeout(timeoutMs),
		});
		// The body is not needed; reading it frees the connection.
		await response.arrayBuffer().catch(() => undefined);
		// PubSubHubbub 0.4 §7: 204 No Content; hubs answer 200 or 202 too.
		if (response.status >= 200 && response.status < 300) return { ok: true };
		return {
			ok: false,
			reason: `HTTP ${response.status}`,
			isRetryable: response.status === 429 || response.status >= 500,
		};
	} catch (error) {
		return { ok: false, reason: describeError(error, timeoutMs), isRetryable: true };
	}
}

function describeError(error: unknown, timeoutMs: number): string {
	if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
		return `no answer within ${timeoutMs / 1000} s`;
	}
	// undici wraps the system error ("fetch failed") and keeps it as the cause.
	const cause = error instanceof Error ? error.cause : undefined;
	if (cause instanceof Error && "code" in cause) return String(cause.code);
	return error instanceof Error ? error.message : String(error);
}
