/**
 * Appends items one by one. `target.push(...items)` passes every item as an argument, and a body of 150,000 list
 * items or paragraphs overflowed the call stack that way, failing the whole build.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): void {
	for (const item of items) target.push(item);
}
