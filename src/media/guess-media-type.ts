// The types feed readers and podcast apps act on, by file extension. `feed` 6 guesses `image/jpg` and `audio/mp3` from
// the extension, which are not registered types (IANA: image/jpeg, audio/mpeg), so wirefeed keeps its own table.
const TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
	jpg: "image/jpeg",
	jpeg: "image/jpeg",
	png: "image/png",
	gif: "image/gif",
	webp: "image/webp",
	avif: "image/avif",
	svg: "image/svg+xml",
	mp3: "audio/mpeg",
	m4a: "audio/mp4",
	aac: "audio/aac",
	ogg: "audio/ogg",
	oga: "audio/ogg",
	opus: "audio/opus",
	wav: "audio/wav",
	flac: "audio/flac",
	mp4: "video/mp4",
	m4v: "video/mp4",
	webm: "video/webm",
	mov: "video/quicktime",
	pdf: "application/pdf",
	epub: "application/epub+zip",
};

const EXTENSION_RE = /\.([A-Za-z0-9]{2,5})$/;

/** The MIME type of a URL's file, from its path's extension; undefined when the extension is not in the table. */
export function guessMediaType(url: string): string | undefined {
	let path: string;
	try {
		path = new URL(url).pathname;
	} catch {
		return undefined;
	}
	const extension = EXTENSION_RE.exec(path)?.[1]?.toLowerCase();
	return extension === undefined ? undefined : TYPES_BY_EXTENSION[extension];
}
