import { XMLParser } from "fast-xml-parser";

/** An XML element as the feed checks see it: qualified name, attributes, child elements and concatenated text. */
export interface XmlElement {
	readonly name: string;
	readonly attributes: Readonly<Record<string, string>>;
	readonly children: readonly XmlElement[];
	/** Text and CDATA directly inside the element, entities decoded, untrimmed. */
	readonly text: string;
}

const parser = new XMLParser({
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: "",
	// Keep every value a string: "2020" must not become a number.
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false,
	ignoreDeclaration: true,
	ignorePiTags: true,
	// Decodes numeric character references (&#8220;) as well as the five XML entities.
	htmlEntities: true,
});

/** Parses an XML document into its root element; throws when there is none. Check well-formedness first. */
export function parseXml(xml: string): XmlElement {
	const nodes: unknown = parser.parse(xml);
	const root = toElements(nodes)[0];
	if (root === undefined) throw new Error("XML document has no root element");
	return root;
}

/** Child elements of `parent` with the qualified name `name`. */
export function childrenNamed(parent: XmlElement, name: string): XmlElement[] {
	return parent.children.filter((child) => child.name === name);
}

/** Trimmed text of the first child named `name`, or undefined when there is no such child. */
export function childText(parent: XmlElement, name: string): string | undefined {
	return childrenNamed(parent, name)[0]?.text.trim();
}

function toElements(nodes: unknown): XmlElement[] {
	if (!Array.isArray(nodes)) return [];
	const elements: XmlElement[] = [];
	for (const node of nodes) {
		if (!isRecord(node)) continue;
		const name = Object.keys(node).find((key) => key !== ":@" && key !== "#text");
		if (name === undefined) continue;
		const content: unknown = node[name];
		elements.push({
			name,
			attributes: toAttributes(node[":@"]),
			children: toElements(content),
			text: Array.isArray(content) ? content.map(textOf).join("") : "",
		});
	}
	return elements;
}

function textOf(node: unknown): string {
	if (!isRecord(node)) return "";
	const text = node["#text"];
	return typeof text === "string" || typeof text === "number" ? String(text) : "";
}

function toAttributes(value: unknown): Record<string, string> {
	const attributes: Record<string, string> = {};
	if (!isRecord(value)) return attributes;
	for (const [key, attribute] of Object.entries(value)) attributes[key] = String(attribute);
	return attributes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
