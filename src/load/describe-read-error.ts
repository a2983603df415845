/**
 * Why a file or folder of the articles folder cannot be read, and what to do, from the system's error code: most are
 * permissions, but a path past the system's length limit or a loop of links cannot be fixed there.
 */
export function describeReadError(code: string, what: "file" | "folder"): string {
	switch (code) {
		case "ENAMETOOLONG":
			return `cannot read ${what}: its path is too long for the system (ENAMETOOLONG); move it to a shallower folder or shorten the folder names`;
		case "ELOOP":
			return `cannot read ${what}: symbolic links on its path lead round in a loop (ELOOP); fix the links`;
		case "EIO":
			return `cannot read ${what}: the disk reported an error (EIO); check the disk`;
		default:
			return `cannot read ${what} (${code}); check its permissions`;
	}
}
