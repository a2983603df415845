/**
 * A language tag as BCP 47 writes it (`zh-Hans`, `pt-BR`, `sr-Latn`, `he` for the retired `iw`), from a front matter
 * value or an `index.<lang>.md` name in any case, with `_` for `-` as locale names have it (`zh_TW`); undefined when it
 * is no tag (`中文`). Intl.getCanonicalLocales does the reading and the casing.
 */
export function readLanguageTag(value: string): string | undefined {
	try {
		return Intl.getCanonicalLocales(value.trim().replaceAll("_", "-"))[0];
	} catch {
		return undefined;
	}
}
