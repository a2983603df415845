// Synthetic news prose from small word lists. Every name here is made up; the
// output reads like wire copy without being (or quoting) any real article.

/** @typedef {import("./random.js").Random} Random */

const PLACES = [
	"Northport",
	"Eastvale",
	"Lake Corran",
	"Brightwater",
	"Old Mersey Bay",
	"Kestrel Point",
	"Valdoria",
	"Port Anselm",
	"the Tarrow Valley",
	"Greyhaven",
	"Southmere",
	"the Iselin Coast",
];
const ORGANISATIONS = [
	"the transport ministry",
	"the harbour council",
	"the regional water board",
	"a coalition of farm unions",
	"the national statistics office",
	"the central bank",
	"the football federation",
	"a group of local traders",
	"the health authority",
	"the university hospital",
	"the energy regulator",
	"the city's film festival",
];
const FIRST_NAMES = ["Mara", "Tobin", "Elise", "Rafi", "Ines", "Corwin", "Juno", "Anwar", "Petra", "Lio"];
const LAST_NAMES = ["Okafor", "Lindqvist", "Marchetti", "Haldane", "Szabo", "Quintero", "Bellweather", "Ashdown"];
const ROLES = ["spokesperson", "minister", "analyst", "director", "mayor", "coach", "economist", "chief engineer"];
const ADJECTIVES = [
	"new",
	"long-awaited",
	"controversial",
	"record",
	"temporary",
	"sweeping",
	"modest",
	"unexpected",
	"costly",
	"ambitious",
	"delayed",
	"first",
];
const NOUNS = [
	"bridge",
	"budget",
	"ferry service",
	"wind farm",
	"tax rebate",
	"rail line",
	"harvest",
	"stadium",
	"trade deal",
	"vaccine programme",
	"housing plan",
	"flood barrier",
	"ceasefire",
	"school reform",
];
const VERBS_PRESENT = ["approves", "delays", "unveils", "rejects", "expands", "scraps", "reviews", "backs"];
const VERBS_PAST = ["approved", "delayed", "unveiled", "rejected", "expanded", "scrapped", "reviewed", "backed"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const CONNECTIVES = ["Meanwhile,", "Separately,", "Earlier this year,", "According to the figures,", "Critics said"];

/** Tag vocabulary, also used for `categories`. */
export const TOPICS = [
	"politics",
	"economy",
	"transport",
	"energy",
	"health",
	"sport",
	"weather",
	"agriculture",
	"education",
	"culture",
	"courts",
	"housing",
];

/** Made-up wire agencies for notices and `rights:` values. */
export const AGENCIES = ["Example Agency", "Northwind Press", "Harbour Wire Service", "Meridian News Agency"];

/**
 * @param {Random} random
 * @returns {string}
 */
export function personName(random) {
	return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

/**
 * A headline such as "Northport approves long-awaited ferry service".
 * @param {Random} random
 * @returns {string}
 */
export function headline(random) {
	const place = random.pick(PLACES);
	const subject = place.startsWith("the ") ? capitalise(place) : place;
	switch (random.int(0, 3)) {
		case 0:
			return `${subject} ${random.pick(VERBS_PRESENT)} ${random.pick(ADJECTIVES)} ${random.pick(NOUNS)}`;
		case 1:
			return `${capitalise(random.pick(ORGANISATIONS))} ${random.pick(VERBS_PRESENT)} ${random.pick(NOUNS)} in ${place}`;
		case 2:
			return `${capitalise(random.pick(ADJECTIVES))} ${random.pick(NOUNS)}: what it means for ${place}`;
		default:
			return `${personName(random)} says ${random.pick(NOUNS)} will be ${random.pick(VERBS_PAST)} "within weeks"`;
	}
}

/**
 * A bold dateline such as "**NORTHPORT (Example Agency)** —" to open a story.
 * @param {Random} random
 * @param {string} agency
 * @returns {string}
 */
export function dateline(random, agency) {
	return `**${random.pick(PLACES).replace(/^the /, "").toUpperCase()} (${agency})** —`;
}

/**
 * One sentence of reporting.
 * @param {Random} random
 * @returns {string}
 */
export function sentence(random) {
	const noun = random.pick(NOUNS);
	switch (random.int(0, 4)) {
		case 0:
			return `The ${random.pick(ADJECTIVES)} ${noun} in ${random.pick(PLACES)} was ${random.pick(VERBS_PAST)} on ${random.pick(WEEKDAYS)}, officials said.`;
		case 1:
			return `"We expect the ${noun} to be ${random.pick(VERBS_PAST)} by the end of the year," ${random.pick(ROLES)} ${personName(random)} told reporters.`;
		case 2:
			return `${random.pick(CONNECTIVES)} ${random.pick(ORGANISATIONS)} said ${random.int(2, 97)} percent of residents supported the ${noun}.`;
		case 3:
			return `The plan, worth about ${random.int(3, 900)} million, has been ${random.pick(VERBS_PAST)} twice since ${random.int(2009, 2019)}.`;
		default:
			return `Figures released on ${random.pick(WEEKDAYS)} showed ${random.int(120, 98000).toLocaleString("en-US")} people were affected in ${random.pick(PLACES)}.`;
	}
}

/**
 * A paragraph of 3–6 sentences.
 * @param {Random} random
 * @returns {string}
 */
export function paragraph(random) {
	return Array.from({ length: random.int(3, 6) }, () => sentence(random)).join(" ");
}

/**
 * @param {string} text
 * @returns {string} the text with its first letter upper-cased
 */
export function capitalise(text) {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
