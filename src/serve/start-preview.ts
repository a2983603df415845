import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createOutputHandler } from "./serve-output.js";

/** A running preview server. */
export interface Preview {
	/** Base URL, ending in `/`. */
	readonly url: string;
	readonly close: () => Promise<void>;
}

/** Serves `outDir` on `host:port` (port 0: any free one); rejects when the address cannot be listened on. */
export async function startPreview(
	outDir: string,
	options: { readonly port: number; readonly host: string },
): Promise<Preview> {
	const handle = createOutputHandler(outDir);
	const server = createServer((request, response) => void handle(request, response));
	await new Promise<void>((resolve, reject) => {
		server.once("error", reject);
		server.listen(options.port, options.host, () => {
			server.off("error", reject);
			resolve();
		});
	});
	const { address, port } = server.address() as AddressInfo;
	// A wildcard address is reachable as localhost; an IPv6 literal needs brackets in a URL.
	const host =
		address === "0.0.0.0" || address === "::" ? "localhost" : address.includes(":") ? `[${address}]` : address;
	return {
		url: `http://${host}:${port}/`,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
