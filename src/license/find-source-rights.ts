import type { SourceRights } from "./types.js";

/** Picks the per-source defaults whose host is the source URL's host or a parent domain of it, the most specific first. */
export function findSourceRights(
	sources: Readonly<Record<string, SourceRights>>,
	sourceUrl: string,
): SourceRights | undefined {
	const host = parseHostname(sourceUrl);
	if (host === undefined) return undefined;
	let best: { readonly key: string; readonly rights: SourceRights } | undefined;
	for (const [rawKey, rights] of Object.entries(sources)) {
		const key = normalizeHostKey(rawKey);
		if (key === undefined) continue;
		// A dot boundary, so that "bns.lt" covers "en.bns.lt" but not "notbns.lt".
		const matches = host === key || host.endsWith(`.${key}`);
		if (matches && (best === undefined || key.length > best.key.length)) best = { key, rights };
	}
	return best?.rights;
}

// Config keys are written by people ("BNS.lt", "*.bns.lt", "bns.lt.", "https://bns.lt/", an IDN
// in Unicode); the URL parser lower-cases them and converts IDNs to the punycode URL hosts use.
function normalizeHostKey(key: string): string | undefined {
	const bare = key.trim().replace(/^\*?\./, "");
	return parseHostname(bare.includes("://") ? bare : `http://${bare}`);
}

function parseHostname(url: string): string | undefined {
	try {
		const hostname = new URL(url).hostname.replace(/\.$/, "");
		return hostname === "" ? undefined : hostname;
	} catch {
		return undefined;
	}
}
