/** The `--now` option: an ISO date such as "2026-01-01T00:00:00Z", or undefined when it is not one. */
export function parseNow(value: string): Date | undefined {
	const date = new Date(value);
	return /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(date.getTime()) ? date : undefined;
}
