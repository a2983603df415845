/** The `--lock-timeout` option: a number of seconds up to a day, or undefined when it is not one. */
export function parseSeconds(value: string): number | undefined {
	const seconds = Number(value);
	return /^\d+(\.\d+)?$/.test(value) && seconds <= 86_400 ? seconds : undefined;
}
