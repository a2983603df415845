// Stands in for gray-matter's own js-yaml in the bundle (see scripts/bundle.js): wirefeed always passes its YAML
// engine, so reaching this is a bug, and says so instead of parsing YAML another way.
function notBundled() {
	throw new Error("wirefeed: gray-matter's built-in YAML engine is not bundled; pass an engine for YAML");
}
module.exports = { safeLoad: notBundled, safeDump: notBundled };
