import { expectTypeOf, test } from "vitest";
import type { z } from "zod";
import type { SiteConfig } from "../../src/config/resolve-config.js";
import type { configSchema } from "../../src/config/schema.js";
import type { WirefeedConfig } from "../../src/config/wirefeed-config.js";

// The public config types are written out by hand (they ship in dist/index.d.ts, which cannot name zod). These checks
// run in `npm run typecheck`: a key added to the schema must be added to WirefeedConfig and SiteConfig too, with the
// same type, and documented in the README's config table (tests/readme.test.ts).

/** Readonly arrays and properties as plain ones: the schema's types are mutable, the public ones are not. */
type Mutable<T> = T extends readonly (infer Item)[]
	? Mutable<Item>[]
	: T extends object
		? { -readonly [K in keyof T]: Mutable<T[K]> }
		: T;

type SchemaInput = z.input<typeof configSchema>;
type SchemaOutput = z.output<typeof configSchema>;

test("WirefeedConfig is the schema's input", () => {
	expectTypeOf<Mutable<Omit<WirefeedConfig, "clean">>>().toEqualTypeOf<Omit<SchemaInput, "clean">>();
	// Rule ids are a union in the public type (completion in editors); the schema takes any string and names the
	// unknown one in its diagnostic.
	expectTypeOf<Mutable<NonNullable<WirefeedConfig["clean"]>>>().toExtend<NonNullable<SchemaInput["clean"]>>();
	expectTypeOf<keyof NonNullable<WirefeedConfig["clean"]>>().toEqualTypeOf<keyof NonNullable<SchemaInput["clean"]>>();
});

test("SiteConfig is the schema's output, with its defaults filled in", () => {
	// Optional in the schema, always set once resolved (resolve-config.ts fills them in).
	type Filled = "title" | "description" | "feedUrl";
	// `site` is not a config key: the rules of a detected site's generator, attached when the config is resolved.
	expectTypeOf<Mutable<Omit<SiteConfig, Filled | "site">>>().toEqualTypeOf<Mutable<Omit<SchemaOutput, Filled>>>();
	expectTypeOf<Pick<SiteConfig, Filled>>().toEqualTypeOf<{
		readonly title: string;
		readonly description: string;
		readonly feedUrl: string;
	}>();
	// A resolved config is a config: build({ config }) takes either.
	expectTypeOf<SiteConfig>().toExtend<WirefeedConfig>();
});
