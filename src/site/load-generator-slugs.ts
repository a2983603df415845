// The slug functions of generator-slugs.ts, loaded once a Zola or Eleventy site is read (start-build.ts) and used by
// the link builders, which are synchronous.
type GeneratorSlugs = typeof import("./generator-slugs.js");

let loaded: GeneratorSlugs | undefined;

/** Loads the Zola and Eleventy slug functions; a build calls it before it builds links for such a site. */
export async function loadGeneratorSlugs(): Promise<void> {
	loaded ??= await import("./generator-slugs.js");
}

/** The slug functions; a build that reads a Zola or Eleventy site has loaded them (loadGeneratorSlugs). */
export function generatorSlugs(): GeneratorSlugs {
	if (loaded === undefined) throw new Error("generator slugs used before loadGeneratorSlugs()");
	return loaded;
}
