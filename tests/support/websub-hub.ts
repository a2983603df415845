import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/** A publish request as the hub received it, and what was wrong with it (empty when it is a valid one). */
export interface PublishRequest {
	readonly topic: string | undefined;
	readonly problems: readonly string[];
}

/** What the hub answers to the n-th request: a status, or no answer at all (the client must time out). */
export type HubAnswer = number | "hang";

/** A local WebSub hub's publish endpoint on 127.0.0.1. */
export interface LocalHub {
	/** The hub URL to put in the config. */
	readonly url: string;
	readonly requests: readonly PublishRequest[];
	readonly close: () => Promise<void>;
}

/**
 * A hub endpoint that checks every request as a WebSub hub reads a publish ping (PubSubHubbub 0.4 §7, the request
 * WebSub §7 leaves to publisher and hub): POST, `application/x-www-form-urlencoded`, `hub.mode=publish` and one
 * `hub.url` holding an absolute http(s) URL, nothing else. A valid request gets the next answer of `answers` (the last
 * one repeats; default 204 No Content); an invalid one gets 400 and is recorded with its problems.
 */
export async function startLocalHub(answers: readonly HubAnswer[] = [204]): Promise<LocalHub> {
	const requests: PublishRequest[] = [];
	const hanging = new Set<() => void>();
	const server = createServer((request, response) => {
		void readBody(request).then((body) => {
			const checked = checkPublish(request, body);
			requests.push(checked);
			if (checked.problems.length > 0) {
				response.writeHead(400, { "content-type": "text/plain" }).end(checked.problems.join("\n"));
				return;
			}
			const answer = answers[Math.min(requests.length - 1, answers.length - 1)] ?? 204;
			if (answer === "hang") {
				hanging.add(() => response.destroy());
				return;
			}
			response.writeHead(answer).end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/hub`,
		requests,
		close: () =>
			new Promise<void>((resolve, reject) => {
				for (const end of hanging) end();
				server.closeAllConnections();
				server.close((error) => (error === undefined ? resolve() : reject(error)));
			}),
	};
}

function checkPublish(request: IncomingMessage, body: string): PublishRequest {
	const problems: string[] = [];
	if (request.method !== "POST") problems.push(`method ${request.method}, not POST`);
	if (request.url !== "/hub") problems.push(`path ${request.url}, not the hub URL`);
	const type = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
	if (type !== "application/x-www-form-urlencoded") problems.push(`content-type "${type}"`);
	const form = new URLSearchParams(body);
	if (form.getAll("hub.mode").join() !== "publish")
		problems.push(`hub.mode ${JSON.stringify(form.getAll("hub.mode"))}`);
	const topics = form.getAll("hub.url");
	if (topics.length !== 1) problems.push(`${topics.length} hub.url parameters`);
	const topic = topics[0];
	if (topic !== undefined && !/^https?:\/\/[^/\s]+/.test(topic))
		problems.push(`hub.url "${topic}" is not an http(s) URL`);
	const unknown = [...new Set(form.keys())].filter((key) => key !== "hub.mode" && key !== "hub.url");
	if (unknown.length > 0) problems.push(`unknown parameters ${unknown.join(", ")}`);
	return { topic, problems };
}

function readBody(request: IncomingMessage): Promise<string> {
	return new Promise((resolve) => {
		let body = "";
		request.setEncoding("utf8");
		request.on("data", (chunk: string) => {
			body += chunk;
		});
		request.on("end", () => resolve(body));
	});
}
